# Text messages (SMS), for people with a phone and no e-mail address. Keep each one short: one SMS holds 160
# Latin letters, or only 70 in any other script (Arabic, Cyrillic, Ethiopic, Georgian…) or with accents outside
# the GSM alphabet; a test fails on a text that needs more than two SMS. Nothing personal beyond the code.

# The sign-in code. It must fit in one SMS.
sms-sign-in = Amana: კოდი { $code }. მოქმედებს { $minutes } წუთი. არავის გაუზიაროთ.
# A helper from an organisation asks to act for the person; the code says yes.
sms-mandate-request = Amana: { $organisation } ითხოვს ნებართვას, დაგეხმაროთ. მხოლოდ თუ თანახმა ხართ, მიეცით ეს კოდი: { $code }
sms-request-received = Amana: თქვენი მოთხოვნა მივიღეთ. მის მსვლელობას რომ ადევნოთ თვალი, შედით: { $url }
sms-request-news = Amana: თქვენს მოთხოვნაზე სიახლეა. წასაკითხად შედით: { $url }
