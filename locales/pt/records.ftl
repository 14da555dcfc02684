# Amana — Português: who looked at your data, and downloading it. Every locale has the same keys.

access-title = Quem consultou os meus dados
access-intro = Sempre que um funcionário ou um ajudante abre ou muda as suas informações, isso fica anotado aqui: quando, quem (a função e o local de trabalho dessa pessoa), o que consultou e o motivo que teve de dar.
access-none = Até agora, ninguém da autoridade nem nenhum ajudante consultou os seus dados.
access-no-more = Não há entradas mais antigas.
access-pages = Páginas
access-newer = Mais recentes
access-older = Mais antigas
access-fields = Informações:
access-reason = Motivo dado:
access-source-viewed = Consultou o seu processo num sistema interno da autoridade
access-purpose = Finalidade indicada:
access-legal-basis = Base legal indicada:
access-record-viewed = Consultou os seus dados
access-category-opened = Abriu uma parte sensível dos seus dados
access-request-viewed = Consultou um dos seus pedidos
access-field-corrected = Corrigiu os seus dados
access-field-erased = Apagou os seus dados
access-record-exported = Fez uma cópia dos seus dados
access-reason-handling-request = Para tratar o seu pedido
access-reason-identity-check = Para confirmar a sua identidade
access-reason-safety-concern = Por preocupação com a segurança de alguém
access-reason-legal-duty = Porque a lei obriga

download-title = Obter uma cópia dos meus dados
download-intro = Pode obter uma cópia completa de todos os seus dados guardados, dos seus pedidos, das suas escolhas de consentimento e de quem consultou os seus dados. Guarde-a num lugar seguro: tem informações pessoais.
download-printable = Cópia para ler
download-printable-explained = Uma página no seu idioma que pode ler, imprimir ou guardar como PDF.
download-json = Cópia para computadores (JSON)
download-json-explained = Um documento que outro serviço ou o computador de um ajudante consegue ler.
export-title = Uma cópia dos meus dados
export-print-hint = Para guardar esta página, use a opção Imprimir ou Guardar como PDF (ou Salvar como PDF) do seu navegador.
export-generated = Feito em
