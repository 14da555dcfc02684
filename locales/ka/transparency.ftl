# საჯარო გვერდი გამჭვირვალობის შესახებ (/transparency) და მისი CSV ფაილი. მას ნებისმიერი კითხულობს: მარტივი სიტყვები, ჟარგონის გარეშე.
footer-transparency = როგორ ვმუშაობთ მოთხოვნებზე: ციფრები და წესები
transparency-title = როგორ ვმუშაობთ მოთხოვნებზე: ციფრები და წესები
transparency-intro = ყოველთვიურად ვაქვეყნებთ, რამდენი მოთხოვნა მივიღეთ პირადი მონაცემების შესახებ და რამდენს ვუპასუხეთ, რამდენად სწრაფად და რატომ ვთქვით ზოგიერთზე უარი. ამ ციფრებით ვერავის ამოიცნობენ.
transparency-computed-at = ციფრები დათვლილია: { $moment } (UTC). მიმდინარე თვე ჯერ არ დასრულებულა.
transparency-none-yet = ციფრები ჯერ არ დათვლილა. გთხოვთ, მოგვიანებით შემოიაროთ.
transparency-download = ამ ციფრების ჩამოტვირთვა (CSV ფაილი)
transparency-rule-heading = როგორ ვითვლით
transparency-rule-zero = როცა არაფერი მომხდარა, ვწერთ 0-ს.
transparency-rule-fewer = 1-დან 7-მდე ვწერთ „8-ზე ნაკლები“, რომ ვერავინ ამოიცნონ.
transparency-rule-rounded = სხვა რიცხვებს ვამრგვალებთ 5-ის უახლოეს ჯერადამდე.
transparency-rule-totals = ჯამებს ვითვლით ზუსტი რიცხვებით და მერე ვამრგვალებთ, ამიტომ ისინი შეიძლება განსხვავდებოდეს სტრიქონების ჯამისგან.
transparency-rule-rates = ვადებსა და პროცენტებს ვაჩვენებთ მხოლოდ მაშინ, როცა ისინი ეყრდნობა სულ მცირე 23 მოთხოვნას, რომელსაც პასუხი გაეცა.
transparency-rule-quarters = მოთხოვნების სახეებსა და უარის მიზეზებს ვაჩვენებთ კვარტლების (სამი თვის) მიხედვით, რადგან ცალკეულ თვეებში რიცხვები საჩვენებლად ძალიან მცირე იქნებოდა.
transparency-fewer-than-eight = 8-ზე ნაკლები
transparency-too-few = სათქმელად ძალიან ცოტაა
transparency-percent = { $percent }%
transparency-days =
    { $days ->
        [one] { $days } დღე
       *[other] { $days } დღე
    }
transparency-months-heading = მოთხოვნები თვეების მიხედვით
transparency-chart-volume = მიღებული და დახურული მოთხოვნები თვეების მიხედვით
transparency-chart-note = სვეტები აჩვენებს ქვემოთ მოცემული ცხრილის ციფრებს. სვეტების ქვეშ დაწერილი რიცხვები თვეებია.
transparency-chart-timely = მოთხოვნების წილი, რომლებსაც ერთი თვის განმავლობაში გაეცა პასუხი
transparency-chart-timely-note = ტირე ნიშნავს, რომ იმ თვეში პასუხი ძალიან ცოტა მოთხოვნას გაეცა და რამის თქმა შეუძლებელია.
transparency-months-caption = მოთხოვნები თვეების მიხედვით, ყველა სახე ერთად
transparency-quarters-heading = მოთხოვნის თითოეული სახე კვარტლების მიხედვით
transparency-quarters-caption = მოთხოვნები კვარტლებისა და მოთხოვნის სახის მიხედვით
transparency-reasons-heading = რატომ ითქვა მოთხოვნებზე უარი
transparency-reasons-caption = უარები კვარტლებისა და მითითებული მიზეზის მიხედვით (ერთ გადაწყვეტილებაში შეიძლება რამდენიმე მიზეზი იყოს)
transparency-month = თვე
transparency-quarter = კვარტალი
transparency-kind = მოთხოვნის სახე
transparency-reason = მიზეზი
transparency-all-kinds = ყველა სახე ერთად
transparency-received = მიღებული
transparency-closed = პასუხი გაეცა ან გაუქმდა
transparency-median = პასუხის ჩვეულებრივი ვადა (მედიანა)
transparency-within-month = პასუხი ერთ თვეში
transparency-within-extended = პასუხი გაგრძელებულ ვადაში
transparency-extensions = პასუხის ვადა გაგრძელდა
transparency-refusals = უარი სრულად ან ნაწილობრივ
transparency-routing-heading = ვინ მუშაობს მოთხოვნაზე
transparency-routing-intro = ახალი მოთხოვნა გუნდთან მიდის ამ წესებით, ამ თანმიმდევრობით. წყვეტს პირველი შესაფერისი წესი.
transparency-routing-every = ყველა სახის
transparency-routing-kind = „{ $value }“ სახის
transparency-routing-category = „{ $value }“ თემაზე
transparency-routing-language = „{ $value }“ ენაზე დაწერილი
transparency-routing-region = { $value } რეგიონიდან შემოსული
transparency-routing-sensitive = მგრძნობიარე მონაცემებთან დაკავშირებული
transparency-routing-not-sensitive = მგრძნობიარე მონაცემების გარეშე
transparency-routing-rule = { $conditions } მოთხოვნები მიდის გუნდთან „{ $team }“.
transparency-routing-rest = ყველა სხვა მოთხოვნა მიდის გუნდთან „{ $team }“.
transparency-routing-human = თითოეულ მოთხოვნაზე გადაწყვეტილებას იღებს ადამიანი უწყებაში. კომპიუტერი არაფერს წყვეტს: ეს წესები მხოლოდ ირჩევს, რომელი გუნდი წაიკითხავს მოთხოვნას.
transparency-breaches = პერსონალურ მონაცემთა ინციდენტები, რომლებიც საზედამხედველო ორგანოს ეცნობა
