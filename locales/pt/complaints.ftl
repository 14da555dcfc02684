# Amana — Português: complaints. Every locale has the same keys.

footer-oversight = Supervisão independente:
footer-complain = Reclamar sobre a forma como os seus dados foram tratados
complaint-title = Fazer uma reclamação
complaint-intro = Se acha que os seus dados não foram tratados como deviam, diga-nos aqui. As reclamações vão apenas para o encarregado da proteção de dados, nunca para os funcionários de quem fala na reclamação.
complaint-oversight-explained = Também pode reclamar diretamente a esta autoridade independente, a qualquer momento e sem pagar nada.
complaint-signed-in = Entrou na sua conta, por isso a sua reclamação fica ligada ao seu processo e pode acompanhá-la em "Os meus pedidos".
complaint-anonymous = Não entrou na sua conta, por isso a sua reclamação vai sem o seu nome. Vai receber um código de recibo para a acompanhar. Ninguém vai poder enviar-lhe respostas nem mensagens.
complaint-text = O que aconteceu?
complaint-text-hint = Escreva com as suas palavras. Não escreva informações sobre outras pessoas.
complaint-related = É sobre um dos seus pedidos? (opcional)
complaint-related-none = Não, não é sobre um pedido
complaint-send = Enviar a minha reclamação
complaint-follow-link = Acompanhar uma reclamação sem nome com o código de recibo

receipt-title = A sua reclamação foi recebida
receipt-intro = O seu código de recibo é:
receipt-keep-safe = Escreva este código num papel e guarde-o num lugar seguro. Só aparece esta vez, e é a única forma de acompanhar a sua reclamação.
receipt-follow = Ver a sua reclamação
receipt-gone = O código de recibo só aparece uma vez. Se o tiver, pode usá-lo para acompanhar a sua reclamação.

lookup-title = Acompanhar uma reclamação
lookup-intro = Escreva o código de recibo que recebeu quando enviou a sua reclamação.
lookup-code = Código de recibo
lookup-code-hint = 16 letras e números, por exemplo ABCD-EF23-GH45-JK67.
lookup-submit = Mostrar a minha reclamação
complaint-status-title = A sua reclamação
status-no-complaint = Não há nenhuma reclamação para mostrar. Escreva primeiro o seu código de recibo.

CP-001 = Escreva o que aconteceu antes de enviar.
CP-002 = O texto é longo demais. Escreva no máximo 2000 caracteres.
CP-003 = Escolha um dos seus próprios pedidos, ou nenhum.
CP-004 = Não existe nenhuma reclamação com este código de recibo. Veja o código e tente outra vez.
complaint-staff-member = Nome ou e-mail de um funcionário, se a reclamação for sobre alguém (opcional)
complaint-staff-member-hint = Se sabe quem tratou mal os seus dados, escreva aqui. Essa pessoa nunca vai ver a sua reclamação.
