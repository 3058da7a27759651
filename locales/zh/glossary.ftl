# 用了术语表中不推荐的写法。
glossary-variant = `{ $form }`是术语表中不推荐的写法：请写作`{ $name }`
glossary-variant-help = 请把`{ $form }`改为content/glossary.yaml规定的名称`{ $name }`；如果这里确实应写`{ $form }`，请把它从该名称的`avoid:`列表中删去
