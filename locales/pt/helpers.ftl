## Helpers of civil-society organisations
helper-sign-in-title = Entrada para ajudantes
helper-sign-in-intro = Para ajudantes de organizações inscritas na autoridade. Entre com o seu endereço de e-mail e a sua senha, e depois com um código do seu autenticador.
helper-home-title = Pessoas que ajuda
helper-people = Pessoas que lhe deram permissão
helper-people-none = Ninguém lhe deu permissão até agora, ou todas as permissões terminaram. Cada pessoa dá a permissão a partir da sua própria conta, com um código curto.
helper-scope = Pode
helper-until = Até
nav-helper-people = Pessoas que ajuda
mandate-scope-view = ver os dados da pessoa
mandate-scope-request = fazer pedidos em nome da pessoa
mandate-scope-consent = dar ou retirar o consentimento da pessoa
mandate-scope-complain = reclamar em nome da pessoa

## Administration: organisations and their helpers
admin-organisations = Organizações de ajudantes
admin-organisations-intro = Organizações da sociedade civil cujos ajudantes podem agir em nome das pessoas que lhes dão permissão. Suspender uma organização acaba de imediato com o acesso dos seus ajudantes.
admin-new-organisation = Inscrever uma organização
admin-organisation-kind = Tipo
admin-organisation-contact = Como falar com a organização
organisation-kind-ngo = Organização não governamental
organisation-kind-legal-aid = Ajuda jurídica
organisation-kind-community-group = Grupo comunitário
admin-suspended = suspensa
admin-suspend = Suspender
admin-reinstate = Reativar
admin-helpers = Ajudantes
admin-new-helper = Acrescentar um ajudante
admin-helper-organisation = Organização

## Mandates: the person gives a helper permission to act for them
nav-mandates = Ajudantes
mandates-title = Quem pode ajudar
mandates-intro = Pode deixar que um ajudante de uma organização em que confia aja em seu nome: ver os seus dados, fazer pedidos, dar ou retirar consentimento, ou reclamar. Escolhe o quê e durante quanto tempo, e pode parar a qualquer momento.
mandates-none = Ainda não deu permissão a ninguém.
mandates-back = Voltar a "Quem pode ajudar"
mandate-no-helper-yet = O ajudante ainda não escreveu o código
mandate-state-waiting = falta o código
mandate-state-active = ativa
mandate-state-revoked = parada a seu pedido
mandate-state-ended = terminada
mandate-revoke = Parar esta permissão agora
mandate-grant-title = Dar permissão a um ajudante
mandate-grant-intro = Vai receber um código curto. Dê esse código diretamente ao seu ajudante, em pessoa ou por telefone. Funciona uma vez, durante 30 minutos.
mandate-grant-scope = O que o ajudante pode fazer?
mandate-grant-days = Por quanto tempo?
mandate-days-1 = Um dia
mandate-days-7 = Uma semana
mandate-days-30 = Um mês
mandate-days-90 = Três meses
mandate-days-182 = Seis meses
mandate-grant = Receber o código
mandate-code-title = O código para o seu ajudante
mandate-code-intro = Dê este código ao seu ajudante. Funciona uma vez, nos próximos 30 minutos.
mandate-code-warning = Dê o código apenas à pessoa que escolheu para ajudar. Ninguém da autoridade vai pedir este código.
mandate-code-shown = O código foi mostrado uma vez. Se não o deu ao seu ajudante, pare essa permissão e crie uma nova.
notice-mandate-revoked = A permissão foi parada. O ajudante já não pode agir em seu nome.
MD-001 = Escolha pelo menos uma coisa que o ajudante pode fazer.
MD-002 = Escolha por quanto tempo.
MD-003 = Este código não funciona. Pode estar mal escrito, já ter sido usado ou já não ser válido.
MD-004 = A permissão que esta pessoa deu não inclui isto, ou já terminou.
MD-005 = Escreva o número do processo da pessoa.
MD-006 = O número do processo só pode ter letras, números e traços (-), tal como está impresso nos documentos da pessoa.
MD-007 = Escreva a data de nascimento da pessoa.
MD-008 = Escreva a data de nascimento como está nos documentos da pessoa, por exemplo 1990-01-31 ou 31/01/1990. Se só tiverem o ano, ou o ano e o mês, escreva só isso: 1978 ou 1978-11.
access-mandate-activated = Começou a ajudar, com a sua permissão

## The helper enters a code
helper-redeem-title = Escrever o código de uma pessoa
helper-redeem-intro = Cada pessoa cria um código na sua própria conta. Escreva aqui o código que recebeu para começar a ajudar essa pessoa.
helper-redeem-code = Código
helper-redeem = Começar a ajudar
helper-mandate-taken-up = Já pode ajudar esta pessoa, dentro do que ela permitiu.

## A helper acting for a person
helper-act-for = Agir em nome desta pessoa
helper-acting-label = Em nome de outra pessoa
helper-acting-for = Neste momento, age em nome de { $name }
helper-nav-data = Dados da pessoa
helper-nav-requests = Pedidos da pessoa
helper-nav-consent = Consentimento da pessoa
helper-nav-complain = Reclamar em nome da pessoa
helper-stop-acting = Deixar de agir em nome desta pessoa
helper-mandate-ended = A sua permissão para agir em nome dessa pessoa terminou: o prazo acabou, a pessoa parou a permissão, ou a sua organização foi suspensa.
actor-helper = { $helper }, de { $organisation } (ajudante)
actor-helper-for = { $helper }, de { $organisation }, em nome de { $person }
actor-helper-for-you = { $helper }, de { $organisation }, em seu nome
message-to-helper = para o ajudante
access-requests-listed = Consultou a lista dos seus pedidos
access-consent-viewed = Consultou o seu consentimento
access-request-filed = Fez um pedido em seu nome
access-request-withdrawn = Cancelou um dos seus pedidos
access-request-information-added = Acrescentou informações a um dos seus pedidos
access-consent-given = Deu consentimento em seu nome
access-consent-withdrawn = Retirou consentimento em seu nome
access-complaint-filed = Fez uma reclamação em seu nome
case-submitted-by = Enviado por
case-submitted-by-helper = { $helper }, de { $organisation }, em nome de { $person }
case-message-to = Enviar para
case-message-to-person = A pessoa
ST-028 = Não há ajudante a quem escrever: este pedido não veio de um ajudante, ou a permissão do ajudante terminou.
mail-helper-news-subject = Uma mensagem sobre um pedido que fez por outra pessoa
mail-helper-news-body =
    Tem uma mensagem sobre um pedido que fez por outra pessoa. Entre na sua conta para a ler: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = Começar com a pessoa ao seu lado
helper-assisted-intro = Se a pessoa estiver ao seu lado, escreva o número do processo e a data de nascimento dela, e escolha o que ela quer que faça. Ela recebe um código no telefone ou e-mail dela; se não tiver nenhum, o serviço da autoridade imprime um código para ela. A sua permissão só começa quando escrever esse código em "Escrever o código de uma pessoa".
helper-assisted-send = Enviar um código à pessoa
helper-assisted-sent = Se estes dados corresponderem a um processo, a pessoa recebeu um código no telefone ou e-mail dela. Se não tiver telefone nem e-mail, pode pedir um código impresso no serviço da autoridade.
mail-mandate-request-subject = Um ajudante pede para agir em seu nome
mail-mandate-request-body =
    { $organisation } quer ajudar com os seus dados na autoridade. Com a sua permissão, poderia: { $scope }.

    Se o ajudante está ao seu lado e concorda, dê-lhe este código: { $code }

    Funciona uma vez, durante 30 minutos. Se não pediu ajuda, ignore esta mensagem: nada acontece sem o código.
access-mandate-requested = Pediu para agir em seu nome (nada acontece até dar o seu código)
access-mandate-code-printed = Imprimiu um código para que possa confirmar um ajudante
nav-staff-mandates = Pedidos de ajudantes
staff-mandates-title = Pedidos de ajudantes que esperam um código
staff-mandates-intro = Um ajudante iniciou estes pedidos para alguém que pode não ter telefone nem e-mail. Primeiro, confirme a identidade da pessoa presencialmente. Depois imprima um código e entregue-o à pessoa, não ao ajudante: funciona uma vez, durante três dias, e só para esse ajudante.
staff-mandates-none = Não há pedidos de ajudantes à espera.
staff-mandates-requested = Pedido em
staff-mandates-print = Imprimir um código para a pessoa
staff-mandate-code-title = Código para a pessoa
staff-mandate-code-intro = Entregue este papel à pessoa. Se ela concordar, dá o código ao ajudante, que o escreve no sistema. Só este ajudante o pode usar, uma vez, até { $until }.
staff-mandate-code-shown = O código foi mostrado uma vez. Se o papel se perdeu, imprima um novo código: o antigo deixa de funcionar.
access-mandate-request-viewed = Consultou o pedido de um ajudante para agir em seu nome
notice-mandate-code-printed = Um funcionário imprimiu um código em papel para que um ajudante possa agir em seu nome. Se não pediu isto, pare a permissão na página "Ajudantes".
