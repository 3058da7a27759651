# What `check` adds to a build: records not yet translated.
check-chinese = Chinese
check-english = English
check-untranslated = not translated into { $language }: { $file } is missing
check-untranslated-help = translate this file into { $file }; until then the { $language } page shows this text under a notice
