# Amana — English: complaints. Every locale has the same keys.

footer-oversight = Independent oversight:
footer-complain = Complain about how your data was handled
complaint-title = Make a complaint
complaint-intro = If you think your data was not handled properly, tell us here. Complaints go only to the data protection officer, never to the staff they are about.
complaint-oversight-explained = You can also complain directly to this independent authority, at any time, for free.
complaint-signed-in = You are signed in, so your complaint will be linked to your case and you can follow it under My requests.
complaint-anonymous = You are not signed in, so your complaint will be anonymous. You will get a receipt code to follow it. Nobody will be able to contact you.
complaint-text = What happened?
complaint-text-hint = Write in your own words. Do not include information about other people.
complaint-related = Is it about one of your requests? (optional)
complaint-related-none = No, not about a request
complaint-send = Send my complaint
complaint-follow-link = Follow an anonymous complaint with its receipt code

receipt-title = Your complaint was received
receipt-intro = Your receipt code is:
receipt-keep-safe = Write this code down and keep it safe. It is shown only once, and it is the only way to follow your complaint.
receipt-follow = See your complaint
receipt-gone = The receipt code is shown only once. If you have it, you can use it to follow your complaint.

lookup-title = Follow a complaint
lookup-intro = Type the receipt code you got when you sent your complaint.
lookup-code = Receipt code
lookup-code-hint = 16 letters and numbers, for example ABCD-EF23-GH45-JK67.
lookup-submit = Show my complaint
complaint-status-title = Your complaint
status-no-complaint = No complaint to show. Type your receipt code first.

CP-001 = Write what happened before sending.
CP-002 = That is too long. Please shorten it to 2000 characters.
CP-003 = Choose one of your own requests, or none.
CP-004 = No complaint has this receipt code. Check the code and try again.
complaint-staff-member = Name or e-mail of a staff member, if the complaint is about one (optional)
complaint-staff-member-hint = If you know who handled your data badly, write it here. That person will never see your complaint.
