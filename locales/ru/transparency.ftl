# Публичная страница прозрачности (/transparency) и её файл CSV. Её читает кто угодно: простые слова, без специальных терминов.
footer-transparency = Как мы работаем с запросами: цифры и правила
transparency-title = Как мы работаем с запросами: цифры и правила
transparency-intro = Каждый месяц мы публикуем, сколько запросов о личных данных мы получили и на сколько ответили, как быстро, и почему в некоторых мы отказали. По этим цифрам никого нельзя узнать.
transparency-computed-at = Цифры подсчитаны { $moment } (по UTC). Текущий месяц ещё не закончился.
transparency-none-yet = Цифры ещё не подсчитаны. Пожалуйста, зайдите позже.
transparency-download = Скачать эти цифры (файл CSV)
transparency-rule-heading = Как мы считаем
transparency-rule-zero = Если ничего не было, мы пишем 0.
transparency-rule-fewer = От 1 до 7 мы пишем «меньше 8», чтобы никого нельзя было узнать.
transparency-rule-rounded = Остальные числа мы округляем до ближайшего числа, кратного 5.
transparency-rule-totals = Итоги мы считаем по точным числам и только потом округляем, поэтому они могут отличаться от суммы строк.
transparency-rule-rates = Сроки и проценты мы показываем, только если за ними стоят не меньше 23 запросов, на которые дан ответ.
transparency-rule-quarters = Виды запросов и причины отказов мы показываем по кварталам (по три месяца), потому что за один месяц числа были бы слишком малы, чтобы их показывать.
transparency-fewer-than-eight = меньше 8
transparency-too-few = слишком мало, чтобы судить
transparency-percent = { $percent } %
transparency-days =
    { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }
transparency-months-heading = Запросы по месяцам
transparency-chart-volume = Полученные и закрытые запросы по месяцам
transparency-chart-note = Столбики показывают цифры из таблицы ниже. Числа под столбиками — это месяцы.
transparency-chart-timely = Доля запросов, на которые ответили в течение одного месяца
transparency-chart-timely-note = Прочерк значит, что в этом месяце ответили на слишком мало запросов, чтобы судить.
transparency-months-caption = Запросы по месяцам, все виды вместе
transparency-quarters-heading = Каждый вид запроса по кварталам
transparency-quarters-caption = Запросы по кварталам и видам запроса
transparency-reasons-heading = Почему в запросах отказали
transparency-reasons-caption = Отказы по кварталам, по названной причине (в одном решении может быть несколько причин)
transparency-month = Месяц
transparency-quarter = Квартал
transparency-kind = Вид запроса
transparency-reason = Причина
transparency-all-kinds = Все виды вместе
transparency-received = Получено
transparency-closed = Дан ответ или отозван
transparency-median = Обычный срок ответа (медиана)
transparency-within-month = Ответ в течение месяца
transparency-within-extended = Ответ в продлённый срок
transparency-extensions = Срок ответа продлён
transparency-refusals = Отказано полностью или частично
transparency-routing-heading = Кто занимается запросом
transparency-routing-intro = Новый запрос попадает в команду по этим правилам, в таком порядке. Решает первое подходящее правило.
transparency-routing-every = всех видов
transparency-routing-kind = вида «{ $value }»
transparency-routing-category = о данных «{ $value }»
transparency-routing-language = написанные на языке «{ $value }»
transparency-routing-region = из региона { $value }
transparency-routing-sensitive = затрагивающие особо чувствительные данные
transparency-routing-not-sensitive = не затрагивающие особо чувствительных данных
transparency-routing-rule = Команда «{ $team }» получает запросы { $conditions }.
transparency-routing-rest = Все остальные запросы получает команда «{ $team }».
transparency-routing-human = Каждый запрос решает человек в ведомстве. Компьютер ничего не решает: эти правила только выбирают, какая команда прочитает запрос.
transparency-breaches = Нарушения защиты персональных данных, о которых уведомлён надзорный орган
