# Amana — Georgian (ka). Every string a person reads comes from here; other locales must define every key.

## The whole site
app-name = Amana
nav-skip = გადასვლა შინაარსზე
nav-label = მთავარი მენიუ
nav-language = ენა
nav-my-data = ჩემი მონაცემები
nav-sign-out = გასვლა
nav-quick-exit = სწრაფი გასვლა
footer-fictional = Amana საჩვენებელი ვერსიაა. მასში ყველა ადამიანი და ჩანაწერი გამოგონილია.
form-error-summary = რაღაც არასწორია

## Home
home-title = თქვენი მონაცემები, თქვენი უფლებები
home-choose-language = აირჩიეთ ენა
home-about-heading = რა არის ეს?
home-about = აქ შეგიძლიათ ნახოთ, რა პირად მონაცემებს ინახავს უწყება თქვენ შესახებ, რატომ ინახავს და ვის უზიარებს. შეგიძლიათ მოითხოვოთ მათი შესწორება ან წაშლა და ნახოთ, ვინ ნახა ისინი.
home-rights-heading = თქვენი უფლებები
right-access = ნახეთ ყველა მონაცემი, რაც თქვენ შესახებ ინახება, და მიიღეთ მათი ასლი.
right-correct = მოითხოვეთ არასწორი მონაცემების შესწორება.
right-erase = მოითხოვეთ მონაცემების წაშლა.
right-restrict = მოითხოვეთ, რომ თქვენი მონაცემები აღარ გამოიყენონ.
right-consent = მიეცით ან გააუქმეთ თანხმობა, ნებისმიერ დროს.
right-complain = შეიტანეთ საჩივარი დამოუკიდებელ ორგანოში.
right-who-looked = ნახეთ, ვინ ნახა თქვენი მონაცემები და რატომ.
home-rights-free = უფლებებით სარგებლობა უფასოა. პასუხს მიიღებთ ერთი თვის განმავლობაში. თუ თქვენი მოთხოვნა რთულია, ეს ვადა შეიძლება გაგრძელდეს კიდევ ორი თვით და გეტყვით, რატომ.
home-sign-in = შესვლა
notice-signed-out = თქვენ გამოხვედით. თუ ამ ტელეფონს სხვებიც იყენებენ, ახლავე დახურეთ ბრაუზერი.

## Not found
not-found-title = გვერდი ვერ მოიძებნა
not-found-home = საწყის გვერდზე გადასვლა

## Sign in
sign-in-title = შესვლა
sign-in-intro = შეიყვანეთ საქმის ნომერი, რომელიც თქვენს დოკუმენტებზე წერია, და დაბადების თარიღი. ერთჯერად კოდს გამოგიგზავნით იმ საკონტაქტო მისამართზე ან ნომერზე, რომელიც ჩვენთან არის შენახული.
sign-in-case-reference = საქმის ნომერი
sign-in-case-reference-hint = მაგალითად DEMO-0001. ის თქვენს დოკუმენტებზე წერია.
sign-in-date-of-birth = დაბადების თარიღი
sign-in-date-of-birth-hint = როგორც თქვენს დოკუმენტებზე წერია: წელი-თვე-დღე (1990-01-31) ან დღე/თვე/წელი (31/01/1990). თუ იქ მხოლოდ წელი, ან წელი და თვე წერია, შეიყვანეთ მხოლოდ ეს (1978 ან 1978-11).
sign-in-send-code = კოდის გამოგზავნა
sign-in-privacy = ჩვენ არავის ვეუბნებით, არსებობს თუ არა საქმის ესა თუ ის ნომერი.

code-title = შეიყვანეთ კოდი
code-intro = თუ შეყვანილი მონაცემები ემთხვევა ჩვენს ჩანაწერებს, 6-ციფრიანი კოდი გამოგიგზავნეთ იმ საკონტაქტო მისამართზე ან ნომერზე, რომელიც ჩვენთან არის შენახული. კოდი მოქმედებს 10 წუთის განმავლობაში.
code-label = 6-ციფრიანი კოდი
code-hint = ციფრებს შორის შეგიძლიათ გამოტოვებები დატოვოთ.
code-submit = შესვლა
code-start-again = კოდი არ მოგივიდათ? დაიწყეთ თავიდან

## My data
my-data-title = ჩემი მონაცემები
my-data-reference = საქმის ნომერი:
my-data-intro = ყველაფერი, რაც თქვენ შესახებ ინახება, სახეების მიხედვით. დააჭირეთ სახის დასახელებას და ნახავთ, თითოეული ჩანაწერი საიდან მოვიდა, რატომ და რომელ თარიღამდე ინახება, ვინ იღებს მას და რისი მოთხოვნა შეგიძლიათ.
my-data-sensitive = მგრძნობიარე
my-data-sensitive-explained = ეს მგრძნობიარე მონაცემებია. ისინი დამატებით არის დაცული და თანამშრომელმა მათ გასახსნელად მიზეზი უნდა მიუთითოს.
my-data-source = საიდან არის
my-data-purpose = რატომ ინახება
my-data-legal-basis = რომელი კანონი იძლევა უფლებას
my-data-kept-until = ინახება ამ თარიღამდე
my-data-shared-with = ვის გადაეცემა
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } ჩანაწერი
   *[other] { $count } ჩანაწერი
}
my-data-why = რატომ ინახება და ვინ იღებს მას

category-identity = პირადი მონაცემები
category-contact = საკონტაქტო ინფორმაცია
category-family = ოჯახი
category-legal-status = სამართლებრივი სტატუსი
category-health = ჯანმრთელობა
category-biometrics = ბიომეტრია
category-education = განათლება
category-employment = სამუშაო
category-case-history = საქმის ისტორია

field-given-name = სახელი
field-family-name = გვარი
field-date-of-birth = დაბადების თარიღი
field-place-of-birth = დაბადების ადგილი
field-nationality = მოქალაქეობა
field-sex = სქესი
field-native-language = მშობლიური ენა
field-document-number = დოკუმენტის ნომერი
field-email = ელფოსტის მისამართი
field-phone = ტელეფონის ნომერი
field-address = მისამართი
field-municipality = მუნიციპალიტეტი
field-marital-status = ოჯახური მდგომარეობა
field-spouse-name = მეუღლის სახელი
field-children-count = შვილების რაოდენობა
field-dependants = სხვა პირები თქვენს კმაყოფაზე
field-next-of-kin = უახლოესი ნათესავი
field-residence-status = ბინადრობის სტატუსი
field-permit-type = ნებართვის ტიპი
field-permit-expiry = ნებართვის მოქმედების ვადა
field-asylum-claim-date = თავშესაფრის მოთხოვნის თარიღი
field-appeal-status = გასაჩივრება
field-screening-date = სამედიცინო შემოწმების თარიღი
field-screening-result = სამედიცინო შემოწმების შედეგი
field-vaccinations = ვაქცინაციები
field-disability-needs = შეზღუდული შესაძლებლობის გამო საჭირო დახმარება
field-medication-needs = საჭირო მედიკამენტები
field-fingerprint-record = თითის ანაბეჭდების ჩანაწერი
field-photo-record = ფოტოს ჩანაწერი
field-enrolment-date = ბიომეტრიული მონაცემების აღების თარიღი
field-enrolment-office = ოფისი, სადაც ბიომეტრია აიღეს
field-highest-education = უმაღლესი მიღებული განათლება
field-languages-spoken = ენები, რომლებზეც საუბრობთ
field-school-enrolment = სკოლაში ჩარიცხვა
field-work-permit = მუშაობის ნებართვა
field-occupation = პროფესია
field-employer = დამსაქმებელი
field-case-opened = საქმე გაიხსნა
field-case-office = ოფისი, რომელიც საქმეს უძღვება
field-interview-date = გასაუბრების თარიღი
field-last-decision = ბოლო გადაწყვეტილება
field-decision-date = ბოლო გადაწყვეტილების თარიღი
field-resettlement-referral = განსახლებაზე მიმართვა
field-statistics-cohort = სტატისტიკური ჯგუფი

purpose-case-management = თქვენს საქმეზე მუშაობა
purpose-residence-permit = გადაწყვეტილება თქვენი ბინადრობის ნებართვის შესახებ
purpose-health-screening = სამედიცინო შემოწმება ჩამოსვლისას
purpose-family-reunification = თქვენი ოჯახის გაერთიანება
purpose-biometric-identity = თქვენი ვინაობის დადასტურება
purpose-integration-support = დახმარება სკოლაში, ენის სწავლასა და სამუშაოში
purpose-resettlement-referral = სხვა ქვეყანაში განსახლებაზე მიმართვა
purpose-statistics = ანონიმური სტატისტიკა
purpose-service-updates = სიახლეები სერვისების შესახებ

legal-basis-public-task = საჯარო ინტერესის ამოცანა, რომელიც კანონით არის დადგენილი
legal-basis-legal-obligation = უწყების კანონით დაკისრებული ვალდებულება
legal-basis-consent = თქვენი თანხმობა, რომლის გაუქმებაც შეგიძლიათ
legal-basis-vital-interests = ვინმეს სიცოცხლის დასაცავად
legal-basis-contract = ხელშეკრულება თქვენთან
legal-basis-legitimate-interests = კანონიერი ინტერესი, რომელიც თქვენს უფლებებთან არის შეწონილი

recipient-none = არავინ უწყების გარეთ
recipient-border-agency = სასაზღვრო სამსახური
recipient-municipality = თქვენი მუნიციპალიტეტი
recipient-health-service = საზოგადოებრივი ჯანდაცვის სამსახური
recipient-unhcr = UNHCR (გაეროს ლტოლვილთა სააგენტო)
recipient-education-provider = სკოლა ან ენის კურსები
recipient-resettlement-country = განსახლების ქვეყანა
recipient-statistics-office = სტატისტიკის სამსახური (თქვენი სახელის გარეშე)

## Values from source systems that have a translation
value-single = დაუქორწინებელი
value-married = დაქორწინებული
value-widowed = ქვრივი
value-asylum-seeker = თავშესაფრის მაძიებელი
value-refugee = ლტოლვილი
value-subsidiary-protection = დამატებითი დაცვა
value-temporary-protection = დროებითი დაცვა
value-none = არ არის
value-pending = განხილვის მოლოდინში
value-closed = დახურულია
value-no-follow-up = განმეორებითი ვიზიტი საჭირო არ არის
value-follow-up-booked = განმეორებითი ვიზიტი დანიშნულია
value-complete = სრული
value-partial = ნაწილობრივი
value-unknown = უცნობია
value-mobility-support = დახმარება გადაადგილებაში
value-hearing-support = დახმარება სმენის გამო
value-regular-prescription = მუდმივი რეცეპტი
value-primary = დაწყებითი სკოლა
value-secondary = საშუალო სკოლა
value-vocational = პროფესიული განათლება
value-university = უნივერსიტეტი
value-not-applicable = არ ეხება
value-enrolled = ჩარიცხულია
value-waiting-list = მოლოდინის სიაშია
value-yes = დიახ
value-no = არა
value-applied = განაცხადი შეტანილია
value-nurse = ექთანი
value-electrician = ელექტრიკოსი
value-teacher = მასწავლებელი
value-cook = მზარეული
value-driver = მძღოლი
value-student = სტუდენტი
value-interview-scheduled = გასაუბრება დანიშნულია
value-permit-granted = ნებართვა გაცემულია
value-under-review = განიხილება
value-not-referred = არ არის მიმართული
value-referred = მიმართულია
value-accepted = მიღებულია

## Errors (codes are stable; the text says what to do)
SI-001 = შეიყვანეთ საქმის ნომერი.
SI-002 = საქმის ნომერში შეიძლება იყოს მხოლოდ ასოები, ციფრები და ტირეები, ისე, როგორც თქვენს დოკუმენტებზე წერია.
SI-003 = შეიყვანეთ დაბადების თარიღი.
SI-004 = დაბადების თარიღი შეიყვანეთ ისე, როგორც თქვენს დოკუმენტებზე წერია, მაგალითად 1990-01-31 ან 31/01/1990. თუ იქ მხოლოდ წელი, ან წელი და თვე წერია, შეიყვანეთ მხოლოდ ეს: 1978 ან 1978-11.
SI-005 = შეიყვანეთ კოდი იმ შეტყობინებიდან, რომელიც გამოგიგზავნეთ.
SI-006 = კოდი 6 ციფრისგან შედგება. შეამოწმეთ შეტყობინება და სცადეთ ხელახლა.
SI-010 = კოდი არასწორია ან მისი ვადა გავიდა. შეამოწმეთ შეტყობინება და სცადეთ ხელახლა.
SI-011 = შესვლის ვადა გავიდა ან ძალიან ბევრჯერ სცადეთ. გთხოვთ, დაიწყოთ თავიდან.
SI-012 = ძალიან ბევრი მცდელობა. გთხოვთ, რამდენიმე წუთი მოიცადოთ და ხელახლა სცადოთ.
AU-001 = თქვენი სესია დასრულდა. გთხოვთ, ხელახლა შეხვიდეთ.
GEN-400 = ზოგიერთი ინფორმაცია არასწორია. შეამოწმეთ ფორმა და სცადეთ ხელახლა.
GEN-403 = ამ ფორმის ვადა გავიდა. დაბრუნდით უკან, განაახლეთ გვერდი და სცადეთ ხელახლა.
GEN-404 = ეს გვერდი არ არსებობს, ან მისი ნახვა არ შეგიძლიათ.
GEN-409 = ზუსტად ამავე დროს ეს სხვამ შეცვალა, ამიტომ არაფერი შენახულა. განაახლეთ გვერდი და სცადეთ ხელახლა.
GEN-500 = ჩვენს მხარეს რაღაც შეფერხდა. რაც გამოგვიგზავნეთ, არ დაკარგულა. გთხოვთ, რამდენიმე წუთში სცადოთ ხელახლა.

## E-mails (they never contain personal data)
mail-sign-in-subject = თქვენი Amana შესვლის კოდი
mail-sign-in-body =
    თქვენი შესვლის კოდია: { $code }

    კოდი მოქმედებს { $minutes } წუთის განმავლობაში. აკრიფეთ ის იმ გვერდზე, სადაც მოითხოვეთ.

    თუ კოდი არ მოგითხოვიათ, ეს შეტყობინება უბრალოდ უგულებელყავით. კოდის გარეშე შესვლას ვერავინ შეძლებს.

## Translation status
footer-draft-translation = ეს თარგმანი პირველი მონახაზია. თუ რამე გაუგებარია, ჰკითხეთ თანამშრომელს ან დამხმარეს.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = ნახეთ, რას ინახავს თქვენ შესახებ მიგრაციის სამსახური, და თქვენს ენაზე მოითხოვეთ ამ მონაცემების შესწორება, წაშლა ან მათი გამოყენების შეწყვეტა.
