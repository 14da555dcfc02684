# Amana — Português: exercising rights (requests about one's data). Every locale has the same keys.

nav-my-requests = Os meus pedidos

## Actions beside each field on My data
action-correct = Isto está errado
action-erase = Apagar isto
action-restrict = Deixar de usar isto
my-data-erase-all = Pedir que todos os meus dados sejam apagados

## Request forms
request-correct-title = Corrigir os seus dados
request-erase-title = Apagar os seus dados
request-restrict-title = Parar o uso dos seus dados
request-erase-all-title = Apagar todos os seus dados
request-proposed-value = O que deve dizer
request-proposed-value-hint = Escreva a informação correta.
request-erase-explained = Este pedido é para apagar esta informação. A lei obriga a guardar algumas informações; nesse caso, vamos explicar o motivo.
request-erase-all-explained = Este pedido é para apagar todas as informações guardadas sobre a sua pessoa. A lei obriga a guardar algumas informações, por exemplo enquanto o seu processo estiver aberto; nesse caso, vamos dizer quais e explicar o motivo.
request-restrict-choose = O que quer?
request-restriction-explained = Manter a informação guardada, mas sem a usar enquanto é verificada (por exemplo, porque acha que está errada).
request-objection-explained = Deixar de usar a informação para esta finalidade, por causa da sua situação pessoal.
request-explanation = Algo que queira acrescentar (opcional)
request-explanation-hint = Por exemplo, o motivo ou o que aconteceu. Também pode enviar documentos mais tarde.
request-deadline-explained = Pedir é gratuito. Vai receber uma resposta no prazo de um mês. Se o seu pedido for complicado, o prazo pode aumentar mais dois meses. Nesse caso, vamos explicar o motivo.
request-send = Enviar o meu pedido
request-cancel = Voltar sem enviar
request-whole-record = Todos os meus dados

## Kinds and states of requests
kind-access = Cópia dos meus dados
kind-correction = Correção
kind-erasure = Apagar dados
kind-restriction = Pausar o uso
kind-objection = Oposição ao uso
kind-complaint = Reclamação
status-submitted = Recebido
status-in_review = Em verificação
status-awaiting_information = Esperamos informações suas
status-decided = Decidido
status-completed = Concluído
status-withdrawn = Cancelado

## My requests
requests-title = Os meus pedidos
requests-intro = Aqui pode acompanhar tudo o que pediu, ver até quando vai receber resposta e ler mensagens.
requests-none = Ainda não fez nenhum pedido. Para fazer um, abra a página "Os meus dados" e escolha uma informação.
requests-back = Voltar aos meus pedidos
request-title = O seu pedido
request-reference = Referência
request-kind = Pedido
request-about = Sobre
request-status = Situação
request-received = Recebido em
request-due = Resposta até
request-extended = O prazo para responder foi prolongado. Motivo:
request-decision = A decisão
request-timeline = O que aconteceu
request-upstream = Nos sistemas internos da autoridade
request-upstream-done = Feito no sistema { $system } em { $date }.
request-upstream-waiting = Ainda não foi feito no sistema { $system }. Os funcionários acompanham o assunto.
request-messages = Mensagens
request-no-messages = Ainda não há mensagens.
request-add-information = Acrescentar informações ou responder
request-add-information-hint = Escreva aqui se quiser acrescentar algo ou responder a uma pergunta.
request-send-information = Enviar
request-withdraw = Cancelar este pedido
notice-request-filed = O seu pedido foi recebido. Foi enviada uma confirmação.
notice-request-sent = A sua mensagem foi acrescentada ao pedido.
notice-request-withdrawn = O seu pedido foi cancelado. Não vai acontecer mais nada com ele.

actor-you = Você
actor-system = Amana
actor-source = { $role } · { $office } (no sistema { $system })
role-caseworker = Gestor de processos
role-reviewer = Revisor
role-dpo = Encarregado da proteção de dados
role-admin = Administrador
role-auditor = Auditor

timeline-submitted = Pedido recebido
timeline-in-review = Em verificação
timeline-information-requested = Foram pedidas mais informações
timeline-information-added = Informações acrescentadas
timeline-extended = Prazo para responder prolongado
timeline-decided = Decisão tomada
timeline-completed = Concluído
timeline-withdrawn = Pedido cancelado

reason-legal-obligation = Por lei, temos de guardar esta informação.
reason-still-needed-for-case = A informação ainda é necessária para o seu processo, que continua aberto.
reason-accuracy-confirmed = A informação foi verificada e está correta.
reason-public-interest = O uso é necessário para uma tarefa de interesse público, que neste caso pesa mais do que a sua situação.

## Withdrawing
withdraw-title = Cancelar o seu pedido?
withdraw-explained = Se cancelar, deixamos de trabalhar neste pedido. Pode fazer um novo pedido a qualquer momento.
withdraw-confirm = Sim, cancelar
withdraw-cancel = Não, manter o meu pedido

## Errors
RQ-001 = Já tem um pedido aberto sobre isto. Pode acompanhá-lo em "Os meus pedidos".
RQ-002 = Este pedido já foi decidido ou cancelado, por isso não pode ser mudado.
RQ-010 = Escreva o que a informação deve dizer.
RQ-011 = O texto é longo demais. Escreva no máximo 500 caracteres.
RQ-012 = O texto é longo demais. Escreva no máximo 2000 caracteres.
RQ-013 = Isso é o que já temos. Escreva o que deve dizer.
RQ-014 = Escreva uma mensagem antes de enviar.
RQ-015 = O texto é longo demais. Escreva no máximo 2000 caracteres.
RQ-016 = Escolha uma das opções.

## E-mails (they never contain personal data)
mail-request-received-subject = Recebemos o seu pedido
mail-request-received-body =
    Recebemos o seu pedido. Vai receber uma resposta no prazo de um mês.

    Entre na sua conta para o acompanhar: { $url }
mail-request-news-subject = Há novidades sobre o seu pedido
mail-request-news-body =
    Há novidades sobre o seu pedido. Entre na sua conta para as ler: { $url }

## Documents
request-evidence = Um documento (opcional)
request-evidence-hint = Um PDF ou uma fotografia (JPEG ou PNG), até 5 MB. Por exemplo, um certificado que mostre a informação correta.
request-documents = Documentos que enviou
request-document = Documento
RQ-020 = O documento é grande demais. Envie um documento de até 5 MB.
RQ-021 = Não é possível aceitar este tipo de documento. Envie um PDF ou uma fotografia (JPEG ou PNG).
RQ-022 = Este pedido já tem o número máximo de documentos (20 documentos, 50 MB no total). Em vez disso, escreva uma mensagem, ou pergunte-nos como enviar mais.
