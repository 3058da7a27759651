# Records' files (images and attachments) and the site's static/ folder.
media-did-you-mean = did you mean `{ $name }`?
media-neither-image-nor-attachment = a record's folder holds images and attachments, and `.{ $ext }` is neither
media-neither-image-nor-attachment-help = images are { $images }; attachments are { $attachments }; put other files in the site's static/ folder
media-cannot-read-file = cannot read the file: { $error }
media-cannot-read-file-help = check that the file exists and that its permissions let it be read
media-cannot-read-static-help = check that its permissions let it be read
media-cannot-read-image = cannot read this image: { $error }
media-cannot-read-image-help = save it again as JPEG, PNG or WebP; its extension must match its format
media-cannot-read-the-image = cannot read the image: { $error }
media-cannot-resize-image = cannot resize this image: { $error }
media-cannot-encode-image = cannot encode this image: { $error }
media-cannot-make-image-help = save the image again as JPEG, PNG or WebP, or replace it
media-link-outside = this link points outside the site
media-link-outside-help = copy the file into static/ instead of linking to it
media-an-image = image
media-a-file = file
media-oversized = this { $what } is { $size } MB, more than the { $limit } MB set for a file (media.warn_above_mb)
media-oversized-help = make it smaller (a PDF saved for the web, a photo of at most 4000 pixels), or raise media.warn_above_mb in content/site.yaml

# What texts and data files say of the files.
media-photo-file = photos[{ $index }].file: { $problem }
media-no-such-file = there is no file `{ $name }` in { $folder }
media-no-such-photo-help = put the image in { $folder } and write its name as it is there, upper and lower case too
media-no-such-file-help = put the file in { $folder } (names are matched exactly, upper and lower case too)
media-relative-path-help = link to other records with @/<section>/<slug>, not a relative path
media-not-an-image = `{ $name }` is not an image
media-photo-not-an-image-help = a photo is a JPEG, PNG or WebP image; offer a document by linking to it in the text, [its title](file)
media-not-an-image-help = show it as a link, [its title](file), or use a JPEG, PNG or WebP image
media-broken-anchor = broken anchor: this text has no heading `#{ $id }`
media-broken-anchor-help = an anchor names a heading of this text; link to another record's heading with @/<section>/<slug>#<heading>
media-remote-image = the image `{ $dest }` is on another site
media-remote-image-help = a page loads nothing from other sites: save the image in the record's folder and write its name, e.g. ![…](photo.jpg)
media-intro-file = `{ $name }` is not a file this page can link to
media-intro-file-help = a section's introduction has no folder of files: link to a record (@/<section>/<slug>), a page of the site (/about/) or put the file in static/ and link to /<its path>
media-no-alt = this image has no alt text
media-no-alt-help = describe what it shows in this text's language, ![南川工业园区厂房](…) or ![Factory buildings in Nanchuan](…); an image that adds nothing to the text is written ![{ $decorative }](…)
