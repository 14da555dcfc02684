# Wergirên li derveyî dezgehê û peymanên wan ên parvekirina agahiyan: lîsteya giştî (/recipients), tomara
# rêveberan û navên li ser rûpela "Agahiyên min".
nav-recipients = Wergir
footer-recipients = Kî agahiyan ji me distîne
my-data-recipients = Rêxistinên ku distînin
recipients-title = Kî agahiyan ji me distîne
recipients-intro = Ev rêxistin hin agahiyên kesane ji me distînin, her yek li gorî peymaneke nivîskî. Li jêr tu dibînî ka her peyman çi destûr dide.
recipients-none = Niha tu rêxistineke li derveyî dezgehê agahiyên kesane ji me nastîne.
recipients-kind = Cureya rêxistinê
recipients-country = Welat
recipients-purpose = Ji bo kîjan armancê
recipients-legal-basis = Bingeha qanûnî
recipients-categories = Cureyên agahiyan ên ku distîne
recipients-retention = Çiqas dem dikare agahiyan hilîne
recipients-days =
    { $days ->
        [one] { $days } roj
       *[other] { $days } roj
    }
recipients-breach-notice = Ger binpêkirinek bi agahiyan re çêbibe, divê di nav vê demê de me agahdar bike
recipients-hours =
    { $hours ->
        [one] { $hours } saet
       *[other] { $hours } saet
    }
recipients-terms = Her tim
recipients-terms-fixed = Destûra wê nîne ku agahiyan bide kesekî din, û em dikarin kontrol bikin ka ew agahiyan çawa bi kar tîne.
recipients-ends-on = Roja ku peyman diqede
recipients-register-title = Wergir û peyman
recipients-register-intro = Her rêxistina ku agahiyên kesane distîne, bi peymana wê ya parvekirina agahiyan re tomar bike. Dezgeheke welatekî ku mirov jê direvin tu carî nikare agahiyên ku nîşan didin ku kesekî penaberî an parastin xwestiye, an li ku û bi kê re dijî, bistîne.
recipients-origin-authority = Dezgeheke welatê eslî
recipients-origin-authority-choice = Ev dezgeheke welatekî ye ku mirov jê direvin
recipients-add-heading = Wergirekî zêde bike
recipients-name = Navê rêxistinê
recipients-country-hint = Du tîp, wek mînak DE an KE.
recipients-retention-days = Çend roj dikare agahiyan hilîne (ji 1 heta 1095)
recipients-breach-notice-hours = Di nav çend saetan de divê me ji binpêkirinê agahdar bike (herî zêde 24)
recipients-ends-on-hint = Roja dawî ya peymanê, wek mînak 2027-12-31.
recipients-add = Wergir zêde bike
recipients-added = Wergir û peymana wî hatin tomarkirin.
RC-001 = Dezgeheke welatekî ku mirov jê direvin tu carî nikare vê cureya agahiyan bistîne.
RC-002 = Welat bi du tîpan binivîse, wek DE an KE.
RC-003 = Roja dawî ya peymanê binivîse, ku piştî îro be, wek 2027-12-31.
RC-004 = Divê wergir di nav 24 saetan de me ji binpêkirinê agahdar bike: hejmarekê ji 1 heta 24 binivîse.
RC-005 = Jixwe wergirek bi vî navî heye.
