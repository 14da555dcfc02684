# O registo de violações de dados (do encarregado da proteção de dados) e o aviso que uma pessoa lê sobre uma violação dos seus dados.
nav-breaches = Violações de dados
breaches-title = Registo de violações de dados
breaches-intro = Todas as violações de dados pessoais ficam registadas aqui, quer tenham de ser notificadas quer não. A autoridade de controlo tem de ser informada no prazo de 72 horas a contar do momento em que tivemos conhecimento, a menos que seja improvável que a violação crie um risco para alguém.
breaches-none = Ainda não foi registada nenhuma violação.
breach-title = Violação de dados
breach-back = Voltar ao registo de violações
breach-reference = Referência
breach-clock-left =
    { $hours ->
        [one] Informe a autoridade de controlo até { $due }: falta { $hours } hora.
       *[other] Informe a autoridade de controlo até { $due }: faltam { $hours } horas.
    }
breach-clock-late =
    { $hours ->
        [one] A autoridade de controlo devia ter sido informada até { $due }: { $hours } hora de atraso. Indique o motivo do atraso.
       *[other] A autoridade de controlo devia ter sido informada até { $due }: { $hours } horas de atraso. Indique o motivo do atraso.
    }
breach-clock-told =
    { $hours ->
        [one] A autoridade de controlo foi informada em { $when }, { $hours } hora depois de termos tido conhecimento.
       *[other] A autoridade de controlo foi informada em { $when }, { $hours } horas depois de termos tido conhecimento.
    }
breach-people-count = Pessoas afetadas: { $people }. Avisos enviados: { $notified }.
breach-record-heading = Registar uma violação
breach-discovered-at = Quando a violação foi descoberta
breach-aware-at = Quando soubemos que havia dados pessoais afetados
breach-aware-at-hint = As 72 horas começam aqui. Data e hora em UTC.
breach-processor-reported-at = Quando um subcontratante nos comunicou a violação (se foi o caso)
breach-moment-hint = Data e hora em UTC, por exemplo 2026-12-03 14:30.
breach-optional-moment-hint = Deixe vazio se nenhum subcontratante esteve envolvido.
breach-not-given = Não indicado
breach-nature = O que aconteceu aos dados
breach-nature-confidentiality = Alguém que não os devia ver pode tê-los visto (confidencialidade)
breach-nature-integrity = Foram alterados indevidamente (integridade)
breach-nature-availability = Perderam-se ou não foi possível aceder-lhes (disponibilidade)
breach-description = O que aconteceu
breach-description-hint = Só para o registo, nunca é mostrado às pessoas afetadas. Não escreva dados pessoais aqui.
breach-categories = Categorias de dados afetados
breach-approx-people = Número aproximado de pessoas
breach-approx-records = Número aproximado de registos
breach-consequences = Consequências prováveis para as pessoas afetadas
breach-consequence-others-may-read = Alguém que não devia ter as suas informações pode lê-las.
breach-consequence-identity-misuse = Alguém pode usar os seus dados para se fazer passar por si.
breach-consequence-contact-by-strangers = Pessoas desconhecidas podem tentar falar consigo ou descobrir onde mora.
breach-consequence-wrong-decision = Uma decisão sobre si pode ser tomada com base em informações erradas.
breach-consequence-delay = O seu processo pode demorar mais tempo.
breach-consequence-data-lost = Algumas das suas informações podem ter-se perdido.
breach-measures = O que fizemos ou vamos fazer
breach-measure-access-closed = Fechámos o caminho por onde as informações saíram.
breach-measure-data-recovered = Recuperámos ou repusemos as informações.
breach-measure-recipient-asked-to-delete = Pedimos a quem as recebeu que as apagasse, e confirmámos que o fez.
breach-measure-police-informed = Informámos a polícia.
breach-measure-accounts-secured = Mudámos as senhas e bloqueámos as contas afetadas.
breach-measure-staff-trained = Mudámos a forma de trabalhar dos nossos funcionários para que isto não volte a acontecer.
breach-advice = O que as pessoas afetadas podem fazer
breach-advice-watch-for-contact = Tenha cuidado com chamadas, mensagens ou visitas inesperadas sobre o seu processo.
breach-advice-do-not-answer-strangers = Nunca dê o número do seu processo nem a sua data de nascimento a quem entrar em contacto consigo primeiro.
breach-advice-check-my-data = Veja os seus dados no Amana e peça-nos para corrigir o que estiver errado.
breach-advice-tell-helper = Se tem a ajuda de uma organização de apoio, fale-lhe deste aviso.
breach-advice-ask-us = Fale connosco se tiver perguntas ou se não se sentir em segurança.
breach-risk = Risco para as pessoas afetadas
breach-risk-unlikely = Improvável que crie algum risco (não é preciso informar a autoridade de controlo; explique porquê)
breach-risk-risk = Um risco (informar a autoridade de controlo)
breach-risk-high = Um risco elevado (informar a autoridade de controlo e cada pessoa afetada)
breach-risk-reasoning = Porque é este o risco
breach-risk-reasoning-hint = O seu raciocínio fica guardado no registo, também quando decide não informar a autoridade de controlo nem as pessoas afetadas.
breach-record = Registar a violação
breach-recorded = A violação está registada. O prazo de 72 horas está a contar.
breach-tell-heading = Informar a autoridade de controlo
breach-told-at = Quando a autoridade de controlo foi informada
breach-authority-reference = Referência dada pela autoridade de controlo
breach-delay-reason = Motivo do atraso, se houver
breach-delay-reason-hint = Obrigatório quando a autoridade de controlo é informada mais de 72 horas depois de termos tido conhecimento.
breach-tell = Registar que a autoridade de controlo foi informada
breach-authority-recorded = Registado: a autoridade de controlo foi informada.
breach-updates-heading = Informações dadas mais tarde
breach-update = Mais informações dadas à autoridade de controlo
breach-update-hint = O que soube e comunicou à autoridade de controlo depois da primeira notificação.
breach-add-update = Acrescentar estas informações
breach-update-added = As informações foram acrescentadas ao registo.
breach-people-heading = Pessoas afetadas
breach-people = Números de processo das pessoas afetadas
breach-people-hint = Um número de processo por linha.
breach-add-people = Acrescentar estas pessoas
breach-people-added = As pessoas foram acrescentadas. Envie-lhes o aviso quando tudo estiver pronto.
breach-notify-explained =
    { $people ->
        [one] { $people } pessoa ainda não recebeu o aviso. Vai lê-lo quando entrar na conta, e recebe uma mensagem a dizer que há novidades.
       *[other] { $people } pessoas ainda não receberam o aviso. Vão lê-lo quando entrarem na conta, e recebem uma mensagem a dizer que há novidades.
    }
breach-notify = Enviar o aviso
breach-people-notified = Os avisos foram enviados.
breach-notice-heading = Um problema com os seus dados
breach-notice-intro = Em { $date }, soubemos que houve um problema com algumas das suas informações. Pedimos desculpa. Explicamos aqui o que aconteceu e o que pode fazer.
breach-notice-data = Informações afetadas: { $categories }
breach-notice-consequences = O que pode acontecer
breach-notice-measures = O que fizemos
breach-notice-advice = O que pode fazer
breach-notice-contact = Tem perguntas? Escreva ao nosso encarregado da proteção de dados: { $contact }
breach-notice-sent = Aviso enviado em { $date }
BR-001 = Escreva um número inteiro, 0 ou mais.
BR-002 = Este momento está no futuro.
BR-003 = Não pode ser antes do momento em que a violação foi descoberta.
BR-004 = Passaram mais de 72 horas desde que tivemos conhecimento: indique o motivo do atraso.
BR-005 = Estas linhas não correspondem a nenhum número de processo. Corrija-as ou retire-as; ainda não foi acrescentado ninguém.
BR-006 = Escreva uma data e uma hora, por exemplo 2026-12-03 14:30.
BR-007 = A notificação à autoridade de controlo já está registada. Acrescente as informações posteriores mais abaixo.
mail-data-incident-subject = Informação importante sobre os seus dados
mail-data-incident-body =
    Há uma informação importante sobre os seus dados. Entre na sua conta para a ler: { $url }
sms-data-incident = Amana: aviso importante sobre os seus dados. Entre para o ler: { $url }
breach-nature-person-confidentiality = Alguém que não devia ver algumas das suas informações pode tê-las visto.
breach-nature-person-integrity = Algumas das suas informações foram alteradas de forma errada.
breach-nature-person-availability = Algumas das suas informações perderam-se, ou não foi possível chegar a elas durante algum tempo.
breach-clocks-heading = Violações de dados: informar a autoridade de controlo
breach-people-list = Quem é afetado e quando foi enviado o aviso a cada pessoa
breach-person-reference = Número do processo
breach-person-notified = Aviso enviado
breach-person-not-notified = Ainda não
