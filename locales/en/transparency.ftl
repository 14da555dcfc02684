# The public transparency page (/transparency) and its CSV. Read by anyone: plain words, no jargon.
footer-transparency = How we handle requests: figures and rules
transparency-title = How we handle requests: figures and rules
transparency-intro = Every month we publish how many requests about personal data we received and answered, how quickly, and why we refused some. Nobody can be recognised from these figures.
transparency-computed-at = Figures computed on { $moment } (UTC). The current month is not over yet.
transparency-none-yet = The figures have not been computed yet. Please come back later.
transparency-download = Download these figures (CSV file)
transparency-rule-heading = How we count
transparency-rule-zero = When nothing happened, we write 0.
transparency-rule-fewer = From 1 to 7 we write “fewer than 8”, so that nobody can be recognised.
transparency-rule-rounded = Other numbers are rounded to the nearest 5.
transparency-rule-totals = Totals are counted from the exact numbers and then rounded, so they can differ from the sum of the rows.
transparency-rule-rates = Times and percentages are shown only when they rest on at least 23 answered requests.
transparency-rule-quarters = Kinds of request and reasons for refusing are shown per quarter of a year, because single months would give numbers too small to show.
transparency-fewer-than-eight = fewer than 8
transparency-too-few = too few to say
transparency-percent = { $percent } %
transparency-days =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
transparency-months-heading = Requests per month
transparency-chart-volume = Requests received and closed, per month
transparency-chart-note = The bars show the figures of the table below. The numbers under the bars are the months.
transparency-chart-timely = Share of requests answered within one month
transparency-chart-timely-note = A dash means too few requests were answered that month to say.
transparency-months-caption = Requests per month, all kinds together
transparency-quarters-heading = Each kind of request, per quarter
transparency-quarters-caption = Requests per quarter and kind of request
transparency-reasons-heading = Why requests were refused
transparency-reasons-caption = Refusals per quarter, by the reason given (one decision can give several reasons)
transparency-month = Month
transparency-quarter = Quarter
transparency-kind = Kind of request
transparency-reason = Reason
transparency-all-kinds = All kinds together
transparency-received = Received
transparency-closed = Answered or withdrawn
transparency-median = Usual time to answer (median)
transparency-within-month = Answered within one month
transparency-within-extended = Answered within the extended time
transparency-extensions = Time to answer extended
transparency-refusals = Refused, fully or in part
transparency-routing-heading = Who handles a request
transparency-routing-intro = A new request goes to a team by these rules, in this order. The first rule that fits decides.
transparency-routing-every = of every kind
transparency-routing-kind = of the kind “{ $value }”
transparency-routing-category = about “{ $value }”
transparency-routing-language = written in { $value }
transparency-routing-region = from the region { $value }
transparency-routing-sensitive = that touch sensitive data
transparency-routing-not-sensitive = that touch no sensitive data
transparency-routing-rule = Requests { $conditions } go to the team “{ $team }”.
transparency-routing-rest = Every other request goes to the team “{ $team }”.
transparency-routing-human = A person at the authority decides every request. No computer decides: these rules only choose which team reads it.
transparency-breaches = Breaches of personal data reported to the supervisory authority
