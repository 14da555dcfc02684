# Amana — English: who looked at your data, and downloading it. Every locale has the same keys.

access-title = Who looked at my data
access-intro = Every time a member of staff or a helper opens or changes your information, it is recorded here: when, who (their role and office), what they looked at, and the reason they had to give.
access-none = Nobody from the authority or a helper has looked at your data yet.
access-no-more = There are no older entries.
access-pages = Pages
access-newer = Newer entries
access-older = Older entries
access-fields = Information:
access-reason = Reason given:
access-source-viewed = Looked at your file in their own system
access-purpose = Purpose they stated:
access-legal-basis = Legal basis they stated:
access-record-viewed = Looked at your data
access-category-opened = Opened a sensitive part of your data
access-request-viewed = Looked at one of your requests
access-field-corrected = Corrected your data
access-field-erased = Deleted your data
access-record-exported = Made a copy of your data
access-reason-handling-request = To handle your request
access-reason-identity-check = To check your identity
access-reason-safety-concern = Because of a concern for someone's safety
access-reason-legal-duty = Because the law requires it

download-title = Download my data
download-intro = You can take a complete copy of everything held about you, your requests, your consent choices and who looked at your data. Keep it somewhere safe: it contains personal information.
download-printable = Readable copy
download-printable-explained = A page in your language that you can read, print or save as PDF.
download-json = Copy for computers (JSON)
download-json-explained = A file another service or a helper's computer can read.
export-title = A copy of my data
export-print-hint = To keep this page, use your browser's Print or Save as PDF.
export-generated = Made on
