# Amana — Georgian (ka): exercising rights (requests about one's data). Every locale has the same keys.

nav-my-requests = ჩემი მოთხოვნები

## Actions beside each field on My data
action-correct = ეს არასწორია
action-erase = ამის წაშლა
action-restrict = ამის გამოყენების შეწყვეტა
my-data-erase-all = ყველა ჩემი მონაცემის წაშლის მოთხოვნა

## Request forms
request-correct-title = მონაცემების შესწორება
request-erase-title = მონაცემების წაშლა
request-restrict-title = მონაცემების გამოყენების შეწყვეტა
request-erase-all-title = ყველა მონაცემის წაშლა
request-proposed-value = რა უნდა ეწეროს
request-proposed-value-hint = დაწერეთ სწორი ინფორმაცია.
request-erase-explained = თქვენ ითხოვთ ამ ინფორმაციის წაშლას. ზოგიერთი ინფორმაცია კანონით უნდა შევინახოთ; ასეთ შემთხვევაში გეტყვით, რატომ.
request-erase-all-explained = თქვენ ითხოვთ ყველა იმ ინფორმაციის წაშლას, რაც თქვენ შესახებ ინახება. ზოგიერთი ინფორმაცია კანონით უნდა შევინახოთ, მაგალითად, სანამ თქვენი საქმე ღიაა; ასეთ შემთხვევაში გეტყვით, რას ვინახავთ და რატომ.
request-restrict-choose = რა გსურთ?
request-restriction-explained = ინფორმაცია დარჩეს, მაგრამ არ გამოიყენონ, სანამ მას ამოწმებენ (მაგალითად, თუ ფიქრობთ, რომ ის არასწორია).
request-objection-explained = ინფორმაცია აღარ გამოიყენონ ამ მიზნით, თქვენი პირადი მდგომარეობის გამო.
request-explanation = რისი დამატებაც გსურთ (არასავალდებულო)
request-explanation-hint = მაგალითად, რატომ, ან რა მოხდა. დოკუმენტების გამოგზავნა მოგვიანებითაც შეგიძლიათ.
request-deadline-explained = მოთხოვნა უფასოა. პასუხს მიიღებთ ერთი თვის განმავლობაში. თუ მოთხოვნა რთულია, ვადა შეიძლება გაგრძელდეს კიდევ ორი თვით და გეტყვით, რატომ.
request-send = მოთხოვნის გაგზავნა
request-cancel = უკან დაბრუნება გაგზავნის გარეშე
request-whole-record = ყველა ჩემი მონაცემი

## Kinds and states of requests
kind-access = ჩემი მონაცემების ასლი
kind-correction = შესწორება
kind-erasure = წაშლა
kind-restriction = გამოყენების შეჩერება
kind-objection = გამოყენებაზე უარი
kind-complaint = საჩივარი
status-submitted = მიღებულია
status-in_review = მოწმდება
status-awaiting_information = ველოდებით ინფორმაციას თქვენგან
status-decided = გადაწყვეტილება მიღებულია
status-completed = შესრულებულია
status-withdrawn = გაუქმებულია

## My requests
requests-title = ჩემი მოთხოვნები
requests-intro = აქ შეგიძლიათ ნახოთ ყველაფერი, რაც მოითხოვეთ: რა ეტაპზეა, რა თარიღამდე მიიღებთ პასუხს, და წაიკითხოთ შეტყობინებები.
requests-none = ჯერ არცერთი მოთხოვნა არ გაგიკეთებიათ. მოთხოვნის გასაკეთებლად გადადით გვერდზე „ჩემი მონაცემები“ და აირჩიეთ ინფორმაცია.
requests-back = უკან, ჩემს მოთხოვნებზე
request-title = თქვენი მოთხოვნა
request-reference = ნომერი
request-kind = მოთხოვნა
request-about = რას ეხება
request-status = სტატუსი
request-received = მიღების თარიღი
request-due = პასუხის ვადა
request-extended = პასუხის ვადა გაგრძელდა. მიზეზი:
request-decision = გადაწყვეტილება
request-timeline = რა მოხდა
request-upstream = უწყების საკუთარ სისტემებში
request-upstream-done = შესრულდა. სისტემა: { $system }, თარიღი: { $date }.
request-upstream-waiting = ჯერ არ შესრულებულა. სისტემა: { $system }. თანამშრომლები ამას ადევნებენ თვალს.
request-messages = შეტყობინებები
request-no-messages = შეტყობინებები ჯერ არ არის.
request-add-information = ინფორმაციის დამატება ან პასუხი
request-add-information-hint = დაწერეთ აქ, თუ გსურთ რამის დამატება ან კითხვაზე პასუხი.
request-send-information = გაგზავნა
request-withdraw = ამ მოთხოვნის გაუქმება
notice-request-filed = თქვენი მოთხოვნა მიღებულია. დადასტურება გამოგიგზავნეთ.
notice-request-sent = თქვენი შეტყობინება დაემატა მოთხოვნას.
notice-request-withdrawn = თქვენი მოთხოვნა გაუქმდა. მასზე მეტი არაფერი მოხდება.

actor-you = თქვენ
actor-system = Amana
actor-source = { $role } · { $office } (სისტემა: { $system })
role-caseworker = საქმის მენეჯერი
role-reviewer = შემმოწმებელი
role-dpo = მონაცემთა დაცვის ოფიცერი
role-admin = ადმინისტრატორი
role-auditor = აუდიტორი

timeline-submitted = მოთხოვნა მიღებულია
timeline-in-review = მოწმდება
timeline-information-requested = მოთხოვნილია დამატებითი ინფორმაცია
timeline-information-added = ინფორმაცია დაემატა
timeline-extended = პასუხის ვადა გაგრძელდა
timeline-decided = გადაწყვეტილება მიღებულია
timeline-completed = შესრულებულია
timeline-withdrawn = მოთხოვნა გაუქმდა

reason-legal-obligation = კანონი გვავალდებულებს, ეს ინფორმაცია შევინახოთ.
reason-still-needed-for-case = ეს ინფორმაცია ჯერ კიდევ საჭიროა თქვენი ღია საქმისთვის.
reason-accuracy-confirmed = ინფორმაცია შევამოწმეთ და ის სწორია.
reason-public-interest = გამოყენება საჭიროა საჯარო ინტერესის ამოცანისთვის, რომელიც ამ შემთხვევაში თქვენს პირად მდგომარეობაზე მნიშვნელოვანია.

## Withdrawing
withdraw-title = გსურთ მოთხოვნის გაუქმება?
withdraw-explained = თუ გააუქმებთ, ამ მოთხოვნაზე მუშაობას შევწყვეტთ. ახალი მოთხოვნის გაკეთება ნებისმიერ დროს შეგიძლიათ.
withdraw-confirm = დიახ, გაუქმება
withdraw-cancel = არა, მოთხოვნა დარჩეს

## Errors
RQ-001 = ამაზე უკვე გაქვთ ღია მოთხოვნა. მის მსვლელობას ნახავთ გვერდზე „ჩემი მოთხოვნები“.
RQ-002 = ამ მოთხოვნაზე გადაწყვეტილება უკვე მიღებულია ან ის გაუქმებულია, ამიტომ მისი შეცვლა შეუძლებელია.
RQ-010 = დაწერეთ, რა უნდა ეწეროს.
RQ-011 = ტექსტი ძალიან გრძელია. გთხოვთ, შეამოკლოთ 500 სიმბოლომდე.
RQ-012 = ტექსტი ძალიან გრძელია. გთხოვთ, შეამოკლოთ 2000 სიმბოლომდე.
RQ-013 = ჩვენთან უკვე ასე წერია. დაწერეთ, რა უნდა ეწეროს ამის ნაცვლად.
RQ-014 = გაგზავნამდე დაწერეთ შეტყობინება.
RQ-015 = ტექსტი ძალიან გრძელია. გთხოვთ, შეამოკლოთ 2000 სიმბოლომდე.
RQ-016 = აირჩიეთ ერთ-ერთი ვარიანტი.

## E-mails (they never contain personal data)
mail-request-received-subject = თქვენი მოთხოვნა მივიღეთ
mail-request-received-body =
    თქვენი მოთხოვნა მივიღეთ. პასუხს მიიღებთ ერთი თვის განმავლობაში.

    მოთხოვნის მსვლელობის სანახავად შედით: { $url }
mail-request-news-subject = თქვენს მოთხოვნაზე სიახლეა
mail-request-news-body =
    თქვენს მოთხოვნაზე სიახლეა. წასაკითხად შედით: { $url }

## Documents
request-evidence = დოკუმენტი (არასავალდებულო)
request-evidence-hint = PDF ან ფოტო (JPEG ან PNG), 5 MB-მდე. მაგალითად, ცნობა, რომელშიც სწორი ინფორმაციაა.
request-documents = თქვენ მიერ გამოგზავნილი დოკუმენტები
request-document = დოკუმენტი
RQ-020 = ფაილი ძალიან დიდია. გამოგზავნეთ ფაილი 5 MB-მდე.
RQ-021 = ამ ტიპის ფაილს ვერ მივიღებთ. გამოგზავნეთ PDF ან ფოტო (JPEG ან PNG).
RQ-022 = ამ მოთხოვნას უკვე აქვს დოკუმენტების მაქსიმალური რაოდენობა (20 ფაილი, სულ 50 MB). სანაცვლოდ დაწერეთ შეტყობინება, ან გვკითხეთ, როგორ გამოგზავნოთ მეტი.
