# Os destinatários de fora da autoridade e os seus acordos de partilha de dados: a lista pública (/recipients), o
# registo dos administradores e os nomes que aparecem em "Os meus dados".
nav-recipients = Destinatários
footer-recipients = A quem enviamos dados
my-data-recipients = Quem o recebe
recipients-title = A quem enviamos dados
recipients-intro = Estas organizações recebem de nós alguns dados pessoais, cada uma com um acordo escrito. É isto que cada acordo permite.
recipients-none = De momento, não enviamos dados pessoais a nenhuma organização de fora da autoridade.
recipients-kind = Tipo de organização
recipients-country = País
recipients-purpose = Para quê
recipients-legal-basis = Base legal
recipients-categories = Tipos de dados que recebe
recipients-retention = Durante quanto tempo pode guardar os dados
recipients-days =
    { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
recipients-breach-notice = Tem de nos informar de uma violação de dados no prazo de
recipients-hours =
    { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }
recipients-terms = Sempre
recipients-terms-fixed = Não pode passar os dados a mais ninguém, e nós podemos verificar como os trata.
recipients-ends-on = O acordo termina em
recipients-register-title = Destinatários e acordos
recipients-register-intro = Registe cada organização que recebe dados pessoais, com o seu acordo de partilha de dados. Uma autoridade de um país de onde fogem pessoas nunca pode receber dados que mostrem que alguém pediu proteção, nem onde e com quem vive.
recipients-origin-authority = Autoridade de um país de origem
recipients-origin-authority-choice = É uma autoridade de um país de onde fogem pessoas
recipients-add-heading = Acrescentar um destinatário
recipients-name = Nome da organização
recipients-country-hint = Duas letras, por exemplo DE ou KE.
recipients-retention-days = Dias durante os quais pode guardar os dados (de 1 a 1095)
recipients-breach-notice-hours = Prazo, em horas, para nos informar de uma violação de dados (no máximo 24)
recipients-ends-on-hint = O último dia do acordo, por exemplo 2027-12-31.
recipients-add = Acrescentar o destinatário
recipients-added = O destinatário e o seu acordo estão registados.
RC-001 = Uma autoridade de um país de onde fogem pessoas nunca pode receber este tipo de dados.
RC-002 = Escreva o país com duas letras, como DE ou KE.
RC-003 = Escreva o último dia do acordo, depois de hoje, como 2027-12-31.
RC-004 = Um destinatário tem de nos informar de uma violação de dados no prazo de 24 horas: escreva um número de 1 a 24.
RC-005 = Já existe um destinatário com este nome.
