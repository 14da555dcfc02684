# Amana — Georgian (ka): who looked at your data, and downloading it. Every locale has the same keys.

access-title = ვინ ნახა ჩემი მონაცემები
access-intro = ყოველ ჯერზე, როცა თანამშრომელი ან დამხმარე ხსნის ან ცვლის თქვენს ინფორმაციას, ეს აქ ჩაიწერება: როდის, ვინ (მისი როლი და ოფისი), რა ნახა და რა მიზეზი მიუთითა.
access-none = თქვენი მონაცემები ჯერ არც უწყების თანამშრომელს უნახავს და არც დამხმარეს.
access-no-more = უფრო ძველი ჩანაწერები არ არის.
access-pages = გვერდები
access-newer = უფრო ახალი ჩანაწერები
access-older = უფრო ძველი ჩანაწერები
access-fields = ინფორმაცია:
access-reason = მითითებული მიზეზი:
access-source-viewed = ნახა თქვენი საქმე საკუთარ სისტემაში
access-purpose = მითითებული მიზანი:
access-legal-basis = მითითებული სამართლებრივი საფუძველი:
access-record-viewed = ნახა თქვენი მონაცემები
access-category-opened = გახსნა თქვენი მონაცემების მგრძნობიარე ნაწილი
access-request-viewed = ნახა თქვენი ერთ-ერთი მოთხოვნა
access-field-corrected = შეასწორა თქვენი მონაცემები
access-field-erased = წაშალა თქვენი მონაცემები
access-record-exported = გააკეთა თქვენი მონაცემების ასლი
access-reason-handling-request = თქვენი მოთხოვნის განსახილველად
access-reason-identity-check = თქვენი ვინაობის შესამოწმებლად
access-reason-safety-concern = ვინმეს უსაფრთხოებაზე შეშფოთების გამო
access-reason-legal-duty = რადგან ამას კანონი მოითხოვს

download-title = ჩემი მონაცემების ჩამოტვირთვა
download-intro = შეგიძლიათ მიიღოთ ყველაფრის სრული ასლი: რაც თქვენ შესახებ ინახება, თქვენი მოთხოვნები, თანხმობის შესახებ თქვენი არჩევანი და ვინ ნახა თქვენი მონაცემები. შეინახეთ უსაფრთხო ადგილას: მასში პირადი ინფორმაციაა.
download-printable = წასაკითხი ასლი
download-printable-explained = გვერდი თქვენს ენაზე, რომლის წაკითხვა, დაბეჭდვა ან PDF-ად შენახვა შეგიძლიათ.
download-json = ასლი კომპიუტერისთვის (JSON)
download-json-explained = ფაილი, რომელსაც სხვა სერვისი ან დამხმარის კომპიუტერი წაიკითხავს.
export-title = ჩემი მონაცემების ასლი
export-print-hint = ამ გვერდის შესანახად გამოიყენეთ ბრაუზერის ფუნქცია „ბეჭდვა“ ან „PDF-ად შენახვა“.
export-generated = შექმნის თარიღი
