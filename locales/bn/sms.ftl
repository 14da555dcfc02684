# Text messages (SMS), for people with a phone and no e-mail address. Keep each one short: one SMS holds 160
# Latin letters, or only 70 in any other script (Arabic, Cyrillic, Ethiopic, Georgian…) or with accents outside
# the GSM alphabet; a test fails on a text that needs more than two SMS. Nothing personal beyond the code.

# The sign-in code. It must fit in one SMS.
sms-sign-in = Amana লগ ইন কোড: { $code }। { $minutes } মিনিট কাজ করবে। কাউকে দেবেন না।
# A helper from an organisation asks to act for the person; the code says yes.
sms-mandate-request = Amana: { $organisation } আপনাকে সাহায্য করতে চায়। আপনি রাজি থাকলে তবেই তাঁদের এই কোডটি দিন: { $code }
sms-request-received = Amana: আমরা আপনার অনুরোধ পেয়েছি। এর খবর রাখতে লগ ইন করুন: { $url }
sms-request-news = Amana: আপনার অনুরোধ নিয়ে নতুন খবর আছে। পড়তে লগ ইন করুন: { $url }
