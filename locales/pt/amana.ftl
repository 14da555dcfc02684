# Amana — Português. Every string a person reads comes from here; other locales must define every key.

## The whole site
app-name = Amana
nav-skip = Ir para o conteúdo
nav-label = Principal
nav-language = Idioma
nav-my-data = Os meus dados
nav-sign-out = Sair
nav-quick-exit = Saída rápida
footer-fictional = Amana é uma demonstração. Todas as pessoas e todos os dados que aparecem aqui são inventados.
form-error-summary = Há um problema

## Home
home-title = Os seus dados, os seus direitos
home-choose-language = Escolha o seu idioma
home-about-heading = O que é isto?
home-about = Aqui pode ver que dados pessoais seus a autoridade guarda, para que os guarda e a quem os envia. Pode pedir que sejam corrigidos ou apagados, e ver quem os consultou.
home-rights-heading = Os seus direitos
right-access = Ver todos os dados guardados sobre a sua pessoa e receber uma cópia.
right-correct = Pedir que dados errados sejam corrigidos.
right-erase = Pedir que dados sejam apagados.
right-restrict = Pedir que os seus dados deixem de ser usados.
right-consent = Dar ou retirar o seu consentimento, a qualquer momento.
right-complain = Fazer uma reclamação a uma autoridade independente.
right-who-looked = Ver quem consultou os seus dados, e com que motivo.
home-rights-free = Usar os seus direitos é gratuito. Vai receber uma resposta no prazo de um mês. Se o seu pedido for complicado, o prazo pode aumentar mais dois meses. Nesse caso, vamos explicar o motivo.
home-sign-in = Entrar
notice-signed-out = Saiu da sua conta. Se outras pessoas usam este telefone, feche agora o navegador.

## Not found
not-found-title = Página não encontrada
not-found-home = Ir para a página inicial

## Sign in
sign-in-title = Entrar
sign-in-intro = Escreva o número do processo que está impresso nos seus documentos e a sua data de nascimento. Vamos enviar um código, que só pode ser usado uma vez, para o telefone ou e-mail que temos nos seus dados.
sign-in-case-reference = Número do processo
sign-in-case-reference-hint = Por exemplo DEMO-0001. Está impresso nos seus documentos.
sign-in-date-of-birth = Data de nascimento
sign-in-date-of-birth-hint = Como está nos seus documentos: ano-mês-dia (1990-01-31) ou dia/mês/ano (31/01/1990). Se só tiverem o ano, ou o ano e o mês, escreva só isso (1978 ou 1978-11).
sign-in-send-code = Receber um código
sign-in-privacy = Nunca dizemos a ninguém se um número de processo existe ou não.

code-title = Escreva o seu código
code-intro = Se os dados que escreveu coincidirem com os nossos, foi enviado um código de 6 dígitos para o telefone ou e-mail que temos nos seus dados. O código funciona durante 10 minutos.
code-label = Código de 6 dígitos
code-hint = Pode escrever o código com espaços.
code-submit = Entrar
code-start-again = Não recebeu o código? Comece outra vez

## My data
my-data-title = Os meus dados
my-data-reference = Número do processo:
my-data-intro = Tudo o que está guardado sobre a sua pessoa, por tipo. Toque no nome de um tipo para ver de onde veio cada dado, para que e até quando é guardado, quem o recebe e o que pode pedir.
my-data-sensitive = Sensível
my-data-sensitive-explained = Estes dados são sensíveis. Têm proteção especial, e os funcionários têm de dar um motivo para os abrir.
my-data-source = De onde veio
my-data-purpose = Para que é guardado
my-data-legal-basis = Lei que o permite
my-data-kept-until = Guardado até
my-data-shared-with = Quem recebe
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } dado
   *[other] { $count } dados
}
my-data-why = Para que são guardados e quem os recebe

category-identity = Identidade
category-contact = Endereço, telefone e e-mail
category-family = Família
category-legal-status = Situação legal
category-health = Saúde
category-biometrics = Dados biométricos
category-education = Educação
category-employment = Trabalho
category-case-history = Histórico do processo

field-given-name = Nome próprio
field-family-name = Nome de família
field-date-of-birth = Data de nascimento
field-place-of-birth = Local de nascimento
field-nationality = Nacionalidade
field-sex = Sexo
field-native-language = Primeira língua
field-document-number = Número do documento
field-email = Endereço de e-mail
field-phone = Número de telefone
field-address = Endereço
field-municipality = Município
field-marital-status = Estado civil
field-spouse-name = Nome do cônjuge
field-children-count = Número de filhos
field-dependants = Outras pessoas a seu cargo
field-next-of-kin = Familiar mais próximo
field-residence-status = Situação de residência
field-permit-type = Tipo de autorização de residência
field-permit-expiry = Autorização válida até
field-asylum-claim-date = Data do pedido de asilo
field-appeal-status = Recurso
field-screening-date = Data do exame de saúde
field-screening-result = Resultado do exame de saúde
field-vaccinations = Vacinas
field-disability-needs = Apoio necessário por deficiência
field-medication-needs = Medicamentos necessários
field-fingerprint-record = Impressões digitais
field-photo-record = Fotografia
field-enrolment-date = Data da inscrição biométrica (impressões digitais e fotografia)
field-enrolment-office = Local da inscrição biométrica
field-highest-education = Nível de estudos mais alto
field-languages-spoken = Línguas que fala
field-school-enrolment = Inscrição na escola
field-work-permit = Autorização de trabalho
field-occupation = Profissão
field-employer = Empregador
field-case-opened = Processo aberto em
field-case-office = Serviço que trata o processo
field-interview-date = Data da entrevista
field-last-decision = Última decisão
field-decision-date = Data da última decisão
field-resettlement-referral = Encaminhamento para reinstalação em outro país
field-statistics-cohort = Grupo para estatísticas

purpose-case-management = Tratar o seu processo
purpose-residence-permit = Decidir sobre a sua autorização de residência
purpose-health-screening = Exame de saúde quando chegou
purpose-family-reunification = Reunir a sua família
purpose-biometric-identity = Confirmar a sua identidade
purpose-integration-support = Apoio com escola, língua e trabalho
purpose-resettlement-referral = Encaminhamento para reinstalação em outro país
purpose-statistics = Estatísticas sem nomes
purpose-service-updates = Notícias sobre serviços

legal-basis-public-task = Uma tarefa de interesse público definida por lei
legal-basis-legal-obligation = Uma obrigação legal da autoridade
legal-basis-consent = O seu consentimento, que pode retirar
legal-basis-vital-interests = Proteger a vida de alguém
legal-basis-contract = Um contrato que fez com a autoridade
legal-basis-legitimate-interests = Um interesse legítimo, depois de pesar os seus direitos

recipient-none = Ninguém de fora da autoridade
recipient-border-agency = Serviço de fronteiras
recipient-municipality = O seu município
recipient-health-service = Serviço público de saúde
recipient-unhcr = ACNUR (Agência da ONU para os Refugiados)
recipient-education-provider = Escola ou curso de línguas
recipient-resettlement-country = O país de reinstalação
recipient-statistics-office = Instituto de estatística (sem o seu nome)

## Values from source systems that have a translation
value-single = Solteiro(a)
value-married = Casado(a)
value-widowed = Viúvo(a)
value-asylum-seeker = Requerente de asilo
value-refugee = Refugiado(a)
value-subsidiary-protection = Proteção subsidiária
value-temporary-protection = Proteção temporária
value-none = Nenhum
value-pending = Pendente
value-closed = Encerrado
value-no-follow-up = Não é preciso acompanhamento
value-follow-up-booked = Nova consulta marcada
value-complete = Completo
value-partial = Parcial
value-unknown = Desconhecido
value-mobility-support = Apoio para se deslocar
value-hearing-support = Apoio para ouvir
value-regular-prescription = Receita médica regular
value-primary = Escola primária
value-secondary = Escola secundária
value-vocational = Formação profissional
value-university = Universidade
value-not-applicable = Não se aplica
value-enrolled = Inscrito(a)
value-waiting-list = Em lista de espera
value-yes = Sim
value-no = Não
value-applied = Pedido feito
value-nurse = Enfermeiro(a)
value-electrician = Eletricista
value-teacher = Professor(a)
value-cook = Cozinheiro(a)
value-driver = Motorista
value-student = Estudante
value-interview-scheduled = Entrevista marcada
value-permit-granted = Autorização concedida
value-under-review = Em análise
value-not-referred = Não encaminhado
value-referred = Encaminhado
value-accepted = Aprovado

## Errors (codes are stable; the text says what to do)
SI-001 = Escreva o número do seu processo.
SI-002 = O número do processo só pode ter letras, números e traços (-), tal como está impresso nos seus documentos.
SI-003 = Escreva a sua data de nascimento.
SI-004 = Escreva a sua data de nascimento como está nos seus documentos, por exemplo 1990-01-31 ou 31/01/1990. Se só tiverem o ano, ou o ano e o mês, escreva só isso: 1978 ou 1978-11.
SI-005 = Escreva o código que recebeu na mensagem.
SI-006 = O código tem 6 dígitos. Veja a mensagem e tente outra vez.
SI-010 = Esse código não está certo ou já não é válido. Veja a mensagem e tente outra vez.
SI-011 = Esta entrada já não é válida, ou houve muitas tentativas erradas. Comece outra vez, por favor.
SI-012 = Muitas tentativas. Espere alguns minutos e tente outra vez.
AU-001 = A sua sessão terminou. Entre outra vez, por favor.
GEN-400 = Algumas informações não estão certas. Veja o formulário e tente outra vez.
GEN-403 = Este formulário já não é válido. Volte atrás, recarregue a página e tente outra vez.
GEN-404 = Esta página não existe, ou não tem acesso a ela.
GEN-409 = Outra pessoa mudou isto ao mesmo tempo, por isso nada foi guardado. Recarregue a página e tente outra vez.
GEN-500 = Houve um erro do nosso lado. Nada do que enviou se perdeu. Tente outra vez daqui a alguns minutos.

## E-mails (they never contain personal data)
mail-sign-in-subject = O seu código para entrar no Amana
mail-sign-in-body =
    O seu código para entrar é: { $code }

    Funciona durante { $minutes } minutos. Escreva-o na página onde o pediu.

    Se não pediu nenhum código, pode ignorar esta mensagem. Ninguém consegue entrar sem o código.

## Translation status
footer-draft-translation = Esta tradução é um primeiro rascunho. Se alguma coisa não estiver clara, pergunte aos funcionários ou a um ajudante.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = Veja que dados seus a autoridade de migração guarda e peça que sejam corrigidos, apagados ou deixem de ser usados, na sua língua.
