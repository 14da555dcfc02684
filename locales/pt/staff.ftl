## Staff: sign-in
nav-queue = Fila
nav-audit = Histórico de auditoria
nav-admin = Administração
staff-sign-in-title = Entrada de funcionários
staff-sign-in-intro = Para funcionários da autoridade. Entre com o seu e-mail de trabalho e a sua senha, e depois com um código do seu autenticador.
staff-email = E-mail de trabalho
staff-password = Senha
staff-continue = Continuar
staff-enrol-title = Configurar o seu autenticador
staff-enrol-intro = As contas dos funcionários estão protegidas por um segundo passo de verificação. Configure-o uma vez, agora.
staff-enrol-step-app = Abra um programa autenticador no seu telefone de trabalho.
staff-enrol-step-scan = Leia este código com o programa, ou escreva lá a chave que está abaixo.
staff-enrol-qr = Código QR para o seu autenticador
staff-enrol-secret = Chave:
staff-enrol-step-code = Escreva o código de seis dígitos que o programa mostra.
staff-code = Código
staff-code-hint = Seis dígitos do seu autenticador.
staff-enrol-confirm = Confirmar e entrar
staff-code-title = Segundo passo
staff-code-intro = Escreva o código que o seu autenticador mostra agora.
staff-code-recovery-hint = Seis dígitos do autenticador. Perdeu o telefone? Escreva um dos seus códigos de recuperação.
staff-recovery-title = Os seus códigos de recuperação
staff-recovery-intro = Guarde estes códigos num lugar seguro, longe do seu telefone. Se perder o autenticador, cada código funciona uma vez. Só são mostrados agora.
staff-recovery-shown = Os seus códigos de recuperação já foram mostrados. Se não os guardou, peça a um administrador que redefina o seu segundo passo.
SA-001 = O e-mail, a senha ou o código não estão certos. Depois de cinco tentativas erradas, a conta fica bloqueada durante 15 minutos.
SA-002 = A entrada demorou tempo demais. Comece outra vez, por favor.
ST-001 = A sua função não permite isto.

## Staff: queues
queue-title = Pedidos para tratar
queue-take-next = Assumir o próximo pedido
queue-nothing-to-take = Neste momento não há pedidos livres nas suas filas.
queue-team = Grupo
queue-any = Qualquer
queue-kind = Pedido
queue-status = Situação
# A request's status as staff read it (the person reads status-<status>).
staff-status-submitted = Novo
staff-status-in_review = Em análise
staff-status-awaiting_information = Aguarda informações da pessoa
staff-status-decided = Decidido
staff-status-completed = Concluído
staff-status-withdrawn = Cancelado pela pessoa
queue-language = Idioma
queue-filter = Mostrar
queue-empty = Nenhum pedido aberto corresponde à seleção.
queue-count = Pedidos abertos:
queue-overdue = Prazo ultrapassado
queue-due-soon = Prazo nos próximos 3 dias
team-general = Pedidos gerais
team-sensitive-data = Dados sensíveis
team-dpo = Encarregado da proteção de dados

## Staff: one request
case-title = Pedido
case-back = Voltar à fila
case-person = Pessoa
case-anonymous = Reclamante sem identificação
case-case-reference = Número do processo
case-extended-because = Prolongado porque
case-explanation = Explicação da pessoa
case-concerned = Sobre o que é o pedido
case-concerned-none = Todos os dados da pessoa, ou informação de uma categoria sensível: abra-a abaixo, indicando um motivo.
case-record = Outras informações nos dados da pessoa
case-record-intro = Abra uma categoria só se precisar dela para este pedido. O seu motivo fica guardado e a pessoa pode vê-lo.
case-upstream = Sistemas de origem
case-upstream-applied = Aplicado no sistema { $system } em { $date }.
case-upstream-rejected = Recusado pelo sistema { $system } em { $date }: { $reason }
case-upstream-waiting = O sistema { $system } ainda não confirmou.
case-erased = (apagado)
case-proposed-value = Valor pedido:
case-restricted = O uso está limitado.
case-open-reason = Motivo
case-choose = Escolha…
case-open = Abrir
case-proposal = Decisão proposta, aguarda uma segunda pessoa
case-awaiting-approval = aguarda aprovação
case-assignee = Tratado por
case-assignee-you = Você
case-unassigned = Ninguém ainda
case-template = Mensagem
case-actions = O que pode fazer
case-no-actions = Neste momento não pode fazer nada com este pedido.
case-claim = Assumir este pedido
case-approve-explained = Um colega propôs esta decisão. Verifique-a: nada muda até ser aprovada por alguém que não seja quem a propôs.
case-approve = Aprovar a decisão
case-send-back = Devolver para revisão
case-message = Enviar uma mensagem à pessoa
case-note = As suas palavras (opcional)
case-note-hint = Aparece por baixo da mensagem. Escreva de forma simples; a pessoa pode lê-la com um tradutor automático.
case-send = Enviar
case-ask-information = Pedir informações à pessoa
case-identity = Ainda é preciso confirmar a identidade da pessoa (o prazo fica suspenso até ela responder)
case-resume = Continuar sem as informações
case-extend = Prolongar o prazo
case-extend-explained = Só uma vez, dentro do primeiro mês, por um ou dois meses. A pessoa é informada do motivo.
case-extend-months = Meses
case-extend-reason = Motivo
case-decide = Decidir
case-outcome = Decisão
case-reasons = Motivos (pelo menos um)
case-decision-note = Nota para a pessoa (opcional)
case-second-person = Apagar dados, e corrigir dados sensíveis, precisa da aprovação de uma segunda pessoa antes de qualquer mudança.
case-reassign = Passar a um colega
case-reassign-to = Colega
staff-done-claim = O pedido agora é seu.
staff-done-reassign = O pedido foi passado ao seu colega.
staff-done-message = A sua mensagem foi enviada. A pessoa recebe um e-mail que avisa que há novidades.
staff-done-ask-information = A sua pergunta foi enviada. A pessoa recebe um e-mail que avisa que há novidades.
staff-done-resume = O trabalho no pedido continua.
staff-done-extend = O prazo foi prolongado e a pessoa foi informada do motivo.
staff-done-decide = A decisão foi guardada. Se precisar de uma segunda pessoa, aguarda a aprovação dela.
staff-done-approve = A decisão foi aprovada e executada.
staff-done-send-back = A proposta foi devolvida para revisão.
ST-010 = Escolha o motivo para abrir esta informação.
ST-011 = Escolha um motivo para o prolongamento.
ST-012 = Escolha uma decisão.
ST-013 = Escolha pelo menos um motivo.
ST-014 = O texto é longo demais. Escreva no máximo 2000 caracteres.
ST-015 = Escolha um colega da lista.
ST-016 = Escolha uma mensagem da lista.
ST-017 = Essa ação não existe.
ST-020 = Isto não é possível no estado atual do pedido.
ST-021 = O prazo já foi prolongado uma vez.
ST-022 = O prazo só pode ser prolongado dentro do primeiro mês.
ST-023 = O prolongamento é de um ou dois meses.
ST-024 = Foi você que propôs esta decisão, por isso outra pessoa tem de a aprovar.
ST-025 = Só quem trata este pedido pode fazer isto. Assuma o pedido primeiro.
ST-026 = Esta decisão precisa primeiro da aprovação de uma segunda pessoa.
ST-027 = Outra pessoa mudou este pedido ao mesmo tempo. Veja-o outra vez e tente de novo.

## Decisions, as the person reads them
outcome-approved = O seu pedido foi aprovado.
outcome-partly_approved = O seu pedido foi aprovado em parte.
outcome-refused = O seu pedido foi recusado.
reason-request-granted = Fizemos o que pediu.
reason-evidence-insufficient = As informações que deu não mostram que os nossos dados estão errados.
reason-identity-not-verified = Não conseguimos confirmar que é a pessoa a quem a informação diz respeito.
reason-legal-claims = Precisamos da informação para provar, fazer valer ou defender direitos perante a justiça.
reason-manifestly-unfounded = O pedido repete um pedido anterior que já teve resposta.
extension-reason-complexity = O seu pedido é complexo e precisa de mais tempo.
extension-reason-number-of-requests = Recebemos muitos pedidos e precisamos de mais tempo para responder bem ao seu.
timeline-message = Recebeu uma mensagem

## Message templates (staff choose one; the person reads it in their language)
template-information-needed-name = Precisamos de mais informações
template-information-needed = Para tratar o seu pedido, precisamos de mais informações. Entre na sua conta e responda neste pedido, por favor.
template-identity-documents-name = Confirme a sua identidade, por favor
template-identity-documents = Antes de continuar, precisamos de confirmar que é a pessoa a quem a informação diz respeito. Acrescente a este pedido uma fotografia de um documento de identidade, por favor.
template-progress-update-name = O seu pedido está em análise
template-progress-update = O seu pedido está em análise. Não precisa de fazer nada agora.
template-decision-made-name = Foi tomada uma decisão
template-decision-made = Foi tomada uma decisão sobre o seu pedido. Pode lê-la, com os motivos, na página do pedido.

## Who looked at my data: staff actions
access-request-claimed = Começou a tratar o seu pedido
access-request-reassigned = Passou o seu pedido a um colega
access-request-messaged = Enviou-lhe uma mensagem
access-request-information-requested = Pediu-lhe informações
access-request-resumed = Continuou o trabalho no seu pedido
access-request-extended = Prolongou o prazo para responder
access-request-decision-proposed = Propôs uma decisão sobre o seu pedido
access-request-decision-approved = Aprovou a decisão sobre o seu pedido
access-request-decision-sent-back = Devolveu uma proposta de decisão para revisão
access-request-decided = Decidiu o seu pedido
access-field-restricted = Limitou o uso dos seus dados

## Deadline mails to staff (no personal data: a link to the request only)
staff-mail-due-soon-subject = O prazo de um pedido que trata termina dentro de uma semana
staff-mail-due-soon-body =
    Um pedido que lhe foi atribuído tem de ter resposta nos próximos sete dias.

    Abrir: { $url }
staff-mail-overdue-subject = Um pedido do seu grupo passou o prazo
staff-mail-overdue-body =
    Um pedido do seu grupo passou o prazo legal e ainda não tem resposta. Garanta que é tratado hoje, por favor.

    Abrir: { $url }

## The auditor's screen
audit-title = Histórico de auditoria
audit-verify = Verificar a cadeia de todo o histórico
audit-verify-ok = O histórico de auditoria está intacto: todos os { $events } eventos estão corretamente encadeados.
audit-verify-broken = O histórico de auditoria foi adulterado. { $events } eventos verificados; problemas encontrados:
audit-break-altered = O evento { $seq } foi mudado ou movido depois de ser escrito.
audit-break-chain-broken = O evento { $seq } não se encadeia com o evento anterior.
audit-break-missing = Faltam eventos depois do evento { $seq }.
audit-break-truncated = O histórico já não tem o evento { $seq } tal como foi guardado num ponto de verificação assinado: os eventos mais recentes foram removidos ou reescritos.
audit-break-checkpoint-forged = A linha { $seq } da lista de pontos de verificação foi alterada.
audit-action = Ação
audit-actor-kind = Feito por
audit-actor-person = Uma pessoa, em seu próprio nome
audit-actor-staff = Funcionário
audit-actor-helper = Um ajudante
audit-actor-anonymous = Alguém sem identificação
audit-actor-system = O próprio Amana
audit-actor-source-system = Um sistema de origem da autoridade
audit-actor-id = Identificador de quem fez
audit-from = De
audit-to = Até
audit-download-csv = Exportar esta seleção em CSV
audit-none = Nenhum evento corresponde.
audit-when = Quando
audit-who = Quem
audit-about = Sobre

## Administration
admin-title = Administração
admin-sections = Áreas
admin-staff = Contas de funcionários
admin-teams = Grupos
admin-routing = Encaminhamento de novos pedidos
admin-templates = Modelos de mensagem
admin-default-team = recebe os pedidos que não correspondem a nenhuma regra
admin-new-team = Acrescentar um grupo
admin-team-key = Chave curta
admin-key-hint = Letras minúsculas, dígitos e traços, como em north-office.
admin-team-name = Nome
admin-add = Acrescentar
admin-save = Guardar
admin-delete = Apagar
admin-saved = Guardado.
admin-role = Função
admin-office = Local de trabalho
admin-status = Estado
admin-active = ativa
admin-inactive = desativada
admin-enrolled = segundo passo configurado
admin-not-enrolled = segundo passo ainda não configurado
admin-locked = bloqueada após tentativas de entrada erradas
admin-activate = Ativar
admin-deactivate = Desativar
admin-reset-second-factor = Redefinir o segundo passo
admin-change-teams = Mudar grupos
admin-new-staff = Acrescentar uma conta de funcionário
admin-name = Nome completo
admin-enrolment-link-hint = Aqui não há senha: o Amana envia à pessoa, por e-mail, um link para escolher a sua própria senha. O link funciona uma vez, durante 72 horas.
admin-send-enrolment-link = Enviar um novo link de ativação
admin-routing-intro = Cada novo pedido vai para o grupo da primeira regra que lhe corresponde. As reclamações vão sempre para o encarregado da proteção de dados.
admin-routing-default = Um pedido que não corresponde a nenhuma regra vai para o grupo predefinido.
admin-category = Categoria
admin-sensitive = Sensível
admin-yes = Sim
admin-no = Não
admin-move-up = Subir
admin-move-down = Descer
admin-new-rule = Acrescentar uma regra no fim
admin-templates-intro = Os funcionários escolhem um destes modelos quando escrevem a uma pessoa, que o lê no seu próprio idioma. Cada modelo precisa de um texto em todos os idiomas.
admin-new-template = Acrescentar um modelo
admin-template-key = Chave curta
AD-001 = Preencha este campo.
AD-002 = O texto é longo demais.
AD-003 = Escolha grupos da lista.
AD-004 = Escreva um endereço de e-mail completo, como name@example.org.
AD-005 = Escolha uma função da lista.
AD-006 = A senha tem de ter pelo menos 12 caracteres.
AD-007 = Já existe uma conta com este endereço de e-mail.
AD-008 = Não pode desativar a sua própria conta.
AD-009 = Use de 2 a 40 letras minúsculas, dígitos e traços.
AD-010 = Já existe um grupo com esta chave.
AD-011 = Escolha as condições da regra nas listas.
AD-012 = As reclamações vão sempre para o encarregado da proteção de dados; nenhuma regra pode mudar isso.
AD-013 = Escreva o texto também neste idioma.

## Administration: the purpose register
admin-purposes = Lista de finalidades
admin-purposes-intro = Para que são guardados os dados, com que base legal, durante quanto tempo e quem os recebe. As pessoas leem isto em "Os meus dados" e na página de consentimento, no seu próprio idioma.
admin-purpose-name = Nome
admin-purpose-explanation = Explicação que as pessoas leem antes de dar consentimento
admin-purpose-version = Versão do texto de consentimento:
admin-legal-basis = Base legal
admin-retention-days = Guardado durante (dias)
admin-recipients = Destinatários
AD-014 = Escreva um número de dias de 1 a 36500.
AD-015 = Escolha da lista.
ST-018 = Um pedido sobre uma só informação é aprovado ou recusado, não aprovado em parte.
staff-new-password = Escolha a sua senha
SA-003 = Escolha uma senha que não seja o seu endereço de e-mail.

# Enrolment links for new accounts
SA-004 = Este link já não é válido ou já foi usado. Peça ao seu administrador que envie um novo.
AD-016 = Esta conta já configurou o segundo passo. Se a pessoa precisar de começar de novo, redefina primeiro o segundo passo.
welcome-title = Configurar a sua conta
welcome-intro = Escolha a senha da sua conta:
welcome-password-hint = Pelo menos 12 caracteres. A senha é só sua: ninguém do Amana vai pedir esta senha, nunca. Depois vai configurar o seu autenticador.
mail-enrolment-subject = Configure a sua conta Amana
mail-enrolment-body =
    Foi criada uma conta Amana para este endereço. Abra este link para escolher a sua senha e configurar o segundo passo de entrada:

    { $url }

    O link funciona uma vez, durante { $hours } horas. Se não esperava este e-mail, pode ignorá-lo.

## Administration: source systems, their API keys and webhooks
admin-source-systems = Sistemas de origem
admin-source-systems-intro = Os sistemas internos da autoridade que carregam pessoas no Amana através da API. Cada um só pode escrever as finalidades e os tipos de informação marcados aqui, e só com as suas próprias chaves.
admin-new-source-system = Inscrever um sistema de origem
admin-source-system-contact = Responsável
admin-source-system-contact-hint = Um grupo ou endereço a avisar quando as chamadas do sistema falham.
admin-source-system-purposes = Finalidades que pode escrever
admin-source-system-categories = Tipos de informação que pode escrever
admin-webhook = Webhook
admin-webhook-none = Nenhum: o sistema lê o fluxo de alterações.
admin-webhook-url = Endereço que o Amana chama quando uma alteração diz respeito a este sistema
admin-webhook-hint = Ao guardar, é criado um novo segredo de assinatura, mostrado uma só vez. O segredo antigo deixa de funcionar.
admin-webhook-save = Guardar o webhook
admin-webhook-stop = Parar o webhook
admin-api-keys = Chaves de API
admin-new-key = Criar uma nova chave
admin-key-scopes = O que a chave pode fazer
admin-key-days = Válida durante (dias)
admin-new-key-hint = A chave é mostrada uma só vez, logo depois. Um sistema pode ter duas chaves válidas, para que uma nova chave substitua a antiga sem interrupção.
admin-key-live = Válida
admin-key-expired = Expirada
admin-key-revoked = Revogada em
admin-key-created = Criada
admin-key-expires = expira
admin-key-last-used = último uso
admin-key-never-used = nunca
admin-key-revoke = Revogar
admin-new-key-shown = Nova chave de API para
admin-webhook-secret-shown = Novo segredo de assinatura do webhook para
admin-shown-once-hint = Copie-o agora e entregue-o aos operadores do sistema por um meio seguro. O Amana não o guarda e não o pode mostrar outra vez.
api-scope-people-write = Carregar e remover pessoas
api-scope-changes-read = Ler alterações aprovadas
api-scope-changes-ack = Confirmar que as alterações foram feitas
api-scope-access-events-write = Informar quem consultou dados
AD-017 = Já existe um sistema de origem com este nome.
AD-018 = Escreva um número de dias de 1 a 1095.
AD-019 = Este sistema já tem duas chaves válidas. Revogue uma antes de criar outra.
AD-020 = Escolha pelo menos um.
AD-021 = Escreva um endereço web completo, como https://cases.example.org/amana.

## Administration: languages
admin-locales = Idiomas
admin-locales-intro = Todos os idiomas que as pessoas podem escolher, e se alguém que fala o idioma já verificou a tradução.
admin-locale-source = Idioma de origem
admin-locale-draft = Primeiro rascunho, ainda não verificado
admin-locale-reviewed = Verificada por { $reviewer } em { $date }
