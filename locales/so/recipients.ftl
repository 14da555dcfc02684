# Cidda ka baxsan hay'adda ee xogta hesha iyo heshiisyadooda wadaagista xogta: liiska dadweynaha (/recipients),
# diiwaanka maamulayaasha, iyo magacyada ka muuqda "Xogtayda".
nav-recipients = Cidda xogta hesha
footer-recipients = Cidda xogta naga hesha
my-data-recipients = Hay'adaha hela
recipients-title = Cidda xogta naga hesha
recipients-intro = Hay'adahan waxay naga helaan xog shakhsi ah oo qaar ah, mid kastaana waxay ku heshaa heshiis qoran. Halkan ka akhri waxa heshiis kastaa oggolaanayo.
recipients-none = Hadda ma jirto cid ka baxsan hay'adda oo naga hesha xog shakhsi ah.
recipients-kind = Nooca hay'adda
recipients-country = Waddanka
recipients-purpose = Ujeeddada
recipients-legal-basis = Saldhigga sharci
recipients-categories = Noocyada xogta ay hesho
recipients-retention = Muddada ay xogta hayn karto
recipients-days =
    { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    }
recipients-breach-notice = Haddii xadgudub ku dhaco xogta, waa inay noo sheegto muddadan gudaheed
recipients-hours =
    { $hours ->
        [one] { $hours } saacad
       *[other] { $hours } saacadood
    }
recipients-terms = Mar walba
recipients-terms-fixed = Looma oggola inay xogta siiso cid kale, annaguna waan hubin karnaa sida ay xogta u maareyso.
recipients-ends-on = Taariikhda heshiisku dhammaanayo
recipients-register-title = Cidda hesha iyo heshiisyada
recipients-register-intro = Diiwaangeli hay'ad kasta oo hesha xog shakhsi ah, iyo heshiiskeeda wadaagista xogta. Hay'ad dowladeed oo ka tirsan waddan ay dadku ka qaxaan weligeed ma heli karto xog muujinaysa in qof uu magangalyo ama ilaalin codsaday, ama meesha uu deggan yahay iyo cidda uu la nool yahay.
recipients-origin-authority = Hay'ad dowladeed ee waddanka asalka
recipients-origin-authority-choice = Tani waa hay'ad dowladeed oo ka tirsan waddan ay dadku ka qaxaan
recipients-add-heading = Ku dar cid xogta hesha
recipients-name = Magaca hay'adda
recipients-country-hint = Laba xaraf, tusaale ahaan DE ama KE.
recipients-retention-days = Maalmaha ay xogta hayn karto (1 ilaa 1095)
recipients-breach-notice-hours = Inta saacadood ee ay tahay inay xadgudub noogu sheegto (ugu badnaan 24)
recipients-ends-on-hint = Maalinta ugu dambaysa ee heshiiska, tusaale ahaan 2027-12-31.
recipients-add = Ku dar cidda hesha
recipients-added = Cidda hesha iyo heshiiskeeda waa la diiwaangeliyay.
RC-001 = Hay'ad dowladeed oo ka tirsan waddan ay dadku ka qaxaan weligeed ma heli karto noocan xogta ah.
RC-002 = Waddanka ku qor laba xaraf, sida DE ama KE.
RC-003 = Qor maalinta ugu dambaysa ee heshiiska, oo ah maanta kadib, sida 2027-12-31.
RC-004 = Cidda hesha waa inay xadgudub noogu sheegto 24 saacadood gudahood: qor tiro 1 ilaa 24.
RC-005 = Horey ayaa u jirta cid hesha oo magacan leh.
