# A página pública de transparência (/transparency) e o seu ficheiro CSV. Qualquer pessoa a pode ler: palavras simples, sem jargão.
footer-transparency = Como tratamos os pedidos: números e regras
transparency-title = Como tratamos os pedidos: números e regras
transparency-intro = Todos os meses publicamos quantos pedidos sobre dados pessoais recebemos e respondemos, com que rapidez, e porque recusámos alguns. Ninguém pode ser reconhecido a partir destes números.
transparency-computed-at = Números calculados em { $moment } (UTC). O mês atual ainda não terminou.
transparency-none-yet = Os números ainda não foram calculados. Volte mais tarde, por favor.
transparency-download = Descarregar estes números (ficheiro CSV)
transparency-rule-heading = Como contamos
transparency-rule-zero = Quando não aconteceu nada, escrevemos 0.
transparency-rule-fewer = De 1 a 7 escrevemos «menos de 8», para que ninguém possa ser reconhecido.
transparency-rule-rounded = Os outros números são arredondados ao múltiplo de 5 mais próximo.
transparency-rule-totals = Os totais são calculados a partir dos números exatos e só depois arredondados, por isso podem ser diferentes da soma das linhas.
transparency-rule-rates = Os tempos e as percentagens só aparecem quando se baseiam em pelo menos 23 pedidos respondidos.
transparency-rule-quarters = Os tipos de pedido e os motivos de recusa aparecem por trimestre (três meses), porque mês a mês os números seriam demasiado pequenos para mostrar.
transparency-fewer-than-eight = menos de 8
transparency-too-few = demasiado poucos para dizer
transparency-percent = { $percent }%
transparency-days =
    { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
transparency-months-heading = Pedidos por mês
transparency-chart-volume = Pedidos recebidos e concluídos, por mês
transparency-chart-note = As barras mostram os números da tabela abaixo. Os números por baixo das barras são os meses.
transparency-chart-timely = Parte dos pedidos respondidos no prazo de um mês
transparency-chart-timely-note = Um traço quer dizer que, nesse mês, foram respondidos tão poucos pedidos que não se pode dizer.
transparency-months-caption = Pedidos por mês, todos os tipos juntos
transparency-quarters-heading = Cada tipo de pedido, por trimestre
transparency-quarters-caption = Pedidos por trimestre e por tipo de pedido
transparency-reasons-heading = Porque foram recusados pedidos
transparency-reasons-caption = Recusas por trimestre, segundo o motivo dado (uma decisão pode dar vários motivos)
transparency-month = Mês
transparency-quarter = Trimestre
transparency-kind = Tipo de pedido
transparency-reason = Motivo
transparency-all-kinds = Todos os tipos juntos
transparency-received = Recebidos
transparency-closed = Respondidos ou cancelados
transparency-median = Tempo habitual de resposta (mediana)
transparency-within-month = Respondidos no prazo de um mês
transparency-within-extended = Respondidos no prazo prolongado
transparency-extensions = Prazo de resposta prolongado
transparency-refusals = Recusados, no todo ou em parte
transparency-routing-heading = Quem trata de um pedido
transparency-routing-intro = Um pedido novo vai para um grupo segundo estas regras, por esta ordem. A primeira regra que se aplica decide.
transparency-routing-every = de qualquer tipo
transparency-routing-kind = do tipo «{ $value }»
transparency-routing-category = sobre «{ $value }»
transparency-routing-language = escritos em { $value }
transparency-routing-region = da região { $value }
transparency-routing-sensitive = que envolvem dados sensíveis
transparency-routing-not-sensitive = que não envolvem dados sensíveis
transparency-routing-rule = Os pedidos { $conditions } vão para o grupo «{ $team }».
transparency-routing-rest = Todos os outros pedidos vão para o grupo «{ $team }».
transparency-routing-human = Uma pessoa da autoridade decide cada pedido. Nenhum computador decide: estas regras só escolhem que grupo lê o pedido.
transparency-breaches = Violações de dados pessoais notificadas à autoridade de controlo
