# Wapokeaji nje ya mamlaka na mikataba yao ya kupokea taarifa: orodha ya umma (/recipients), daftari la wasimamizi,
# na majina yanayoonekana kwenye "Taarifa zangu".
nav-recipients = Wapokeaji
footer-recipients = Nani anapokea taarifa kutoka kwetu
my-data-recipients = Inapokelewa na
recipients-title = Nani anapokea taarifa kutoka kwetu
recipients-intro = Mashirika haya yanapokea baadhi ya taarifa binafsi kutoka kwetu, kila moja kwa mkataba wa maandishi. Hapa chini unaona kile ambacho kila mkataba unaruhusu.
recipients-none = Kwa sasa hakuna shirika lolote nje ya mamlaka linalopokea taarifa binafsi kutoka kwetu.
recipients-kind = Aina ya shirika
recipients-country = Nchi
recipients-purpose = Kwa lengo gani
recipients-legal-basis = Msingi wa kisheria
recipients-categories = Aina za taarifa zinazopokelewa
recipients-retention = Taarifa zinaweza kuhifadhiwa kwa muda gani
recipients-days =
    { $days ->
        [one] siku { $days }
       *[other] siku { $days }
    }
recipients-breach-notice = Lazima tuarifiwe kuhusu uvunjaji wa usalama wa taarifa ndani ya
recipients-hours =
    { $hours ->
        [one] saa { $hours }
       *[other] saa { $hours }
    }
recipients-terms = Daima
recipients-terms-fixed = Haliruhusiwi kumpa mtu mwingine yeyote taarifa hizo, na tunaweza kukagua jinsi linavyozishughulikia.
recipients-ends-on = Mkataba unaisha tarehe
recipients-register-title = Wapokeaji na mikataba
recipients-register-intro = Sajili kila shirika linalopokea taarifa binafsi, pamoja na mkataba wake wa kupokea taarifa. Mamlaka ya nchi ambayo watu huikimbia haiwezi kamwe kupokea taarifa zinazoonyesha kwamba mtu aliomba hifadhi au ulinzi, au anaishi wapi na pamoja na nani.
recipients-origin-authority = Mamlaka ya nchi ya asili
recipients-origin-authority-choice = Hii ni mamlaka ya nchi ambayo watu huikimbia
recipients-add-heading = Ongeza mpokeaji
recipients-name = Jina la shirika
recipients-country-hint = Herufi mbili, kwa mfano DE au KE.
recipients-retention-days = Siku ambazo taarifa zinaweza kuhifadhiwa (1 hadi 1095)
recipients-breach-notice-hours = Saa ambazo ndani yake lazima tuarifiwe kuhusu uvunjaji (hadi 24)
recipients-ends-on-hint = Siku ya mwisho ya mkataba, kwa mfano 2027-12-31.
recipients-add = Ongeza mpokeaji huyu
recipients-added = Mpokeaji amesajiliwa pamoja na mkataba wake.
RC-001 = Mamlaka ya nchi ambayo watu huikimbia haiwezi kamwe kupokea aina hii ya taarifa.
RC-002 = Andika nchi kwa herufi mbili, kama DE au KE.
RC-003 = Andika siku ya mwisho ya mkataba, baada ya leo, kama 2027-12-31.
RC-004 = Mpokeaji lazima atuarifu kuhusu uvunjaji ndani ya saa 24: andika namba kuanzia 1 hadi 24.
RC-005 = Tayari kuna mpokeaji mwenye jina hili.
