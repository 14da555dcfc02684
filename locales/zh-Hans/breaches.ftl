# 数据泄露登记册（数据保护官使用），以及当事人读到的关于其数据泄露的通知。
nav-breaches = 数据泄露
breaches-title = 数据泄露登记册
breaches-intro = 每一起个人数据泄露都记录在这里，无论是否需要报告。必须在我们知悉之时起 72 小时内通知监督机构，除非该泄露不太可能给任何人带来风险。
breaches-none = 尚未记录任何数据泄露。
breach-title = 数据泄露
breach-back = 返回数据泄露登记册
breach-reference = 编号
breach-clock-left =
    { $hours ->
       *[other] 请在 { $due } 之前通知监督机构：还剩 { $hours } 小时。
    }
breach-clock-late =
    { $hours ->
       *[other] 本应在 { $due } 之前通知监督机构：已逾期 { $hours } 小时。请说明延迟的原因。
    }
breach-clock-told =
    { $hours ->
       *[other] 已于 { $when } 通知监督机构，即我们知悉后 { $hours } 小时。
    }
breach-people-count = 涉及人数：{ $people }。已发送通知：{ $notified }。
breach-record-heading = 记录一起数据泄露
breach-discovered-at = 发现泄露的时间
breach-aware-at = 我们知悉个人数据受到影响的时间
breach-aware-at-hint = 72 小时从这个时间开始计算。日期和时间为 UTC 时间。
breach-processor-reported-at = 受托处理者向我们报告的时间（如有）
breach-moment-hint = 日期和时间为 UTC 时间，例如 2026-12-03 14:30。
breach-optional-moment-hint = 如果没有涉及受托处理者，请留空。
breach-not-given = 未填写
breach-nature = 数据发生了什么
breach-nature-confidentiality = 不应看到数据的人可能看到了数据（保密性）
breach-nature-integrity = 数据被错误地更改（完整性）
breach-nature-availability = 数据丢失或无法访问（可用性）
breach-description = 发生了什么
breach-description-hint = 仅供登记册使用，绝不会显示给涉及的人。请不要在这里写个人数据。
breach-categories = 涉及的数据类别
breach-approx-people = 大约涉及多少人
breach-approx-records = 大约涉及多少条记录
breach-consequences = 对涉及的人可能造成的后果
breach-consequence-others-may-read = 不应拿到您信息的人可能会看到这些信息。
breach-consequence-identity-misuse = 有人可能用您的资料冒充您。
breach-consequence-contact-by-strangers = 陌生人可能会设法联系您，或找到您住在哪里。
breach-consequence-wrong-decision = 关于您的决定可能会依据错误的信息作出。
breach-consequence-delay = 您的案件可能需要更长时间。
breach-consequence-data-lost = 您的部分信息可能已经丢失。
breach-measures = 我们已经或将要采取的措施
breach-measure-access-closed = 我们已经堵住了信息流出的途径。
breach-measure-data-recovered = 我们已经找回或恢复了这些信息。
breach-measure-recipient-asked-to-delete = 我们已要求收到信息的人删除这些信息，并核实了对方已经删除。
breach-measure-police-informed = 我们已经报警。
breach-measure-accounts-secured = 我们已经更改了密码，并锁定了相关账户。
breach-measure-staff-trained = 我们已经改变了工作人员的工作方式，防止这种情况再次发生。
breach-advice = 涉及的人可以怎么做
breach-advice-watch-for-contact = 如果有人突然为您的案件打电话、发消息或上门找您，请多加小心。
breach-advice-do-not-answer-strangers = 如果有人主动联系您，绝对不要把您的案件编号或出生日期告诉对方。
breach-advice-check-my-data = 请在 Amana 上查看您的数据，如有错误，请要求我们更正。
breach-advice-tell-helper = 如果有支持组织在帮助您，请把这份通知告诉他们。
breach-advice-ask-us = 如果您有疑问，或感到不安全，请联系我们。
breach-risk = 对涉及的人的风险
breach-risk-unlikely = 不太可能造成任何风险（无需通知监督机构；请说明理由）
breach-risk-risk = 有风险（通知监督机构）
breach-risk-high = 高风险（通知监督机构和每一位涉及的人）
breach-risk-reasoning = 为什么是这个风险等级
breach-risk-reasoning-hint = 您的理由会保存在登记册中；您决定不通知监督机构或涉及的人时，也会保存。
breach-record = 记录这起泄露
breach-recorded = 这起泄露已记录。72 小时的期限正在计算。
breach-tell-heading = 通知监督机构
breach-told-at = 通知监督机构的时间
breach-authority-reference = 监督机构给出的编号
breach-delay-reason = 延迟的原因（如有）
breach-delay-reason-hint = 如果在我们知悉后超过 72 小时才通知监督机构，必须填写。
breach-tell = 记录已通知监督机构
breach-authority-recorded = 已记录：已通知监督机构。
breach-updates-heading = 后续提供的信息
breach-update = 向监督机构补充提供的信息
breach-update-hint = 首次通知之后，您了解到并告知监督机构的内容。
breach-add-update = 添加这些信息
breach-update-added = 这些信息已添加到登记册。
breach-people-heading = 涉及的人
breach-people = 涉及的人的案件编号
breach-people-hint = 每行一个案件编号。
breach-add-people = 添加这些人
breach-people-added = 这些人已添加。准备好后，请向他们发送通知。
breach-notify-explained =
    { $people ->
       *[other] 还有 { $people } 人没有收到通知。他们登录时会看到通知，也会收到一条“有新消息”的提醒。
    }
breach-notify = 发送通知
breach-people-notified = 通知已发送。
breach-notice-heading = 您的数据出了问题
breach-notice-intro = 我们在 { $date } 发现，您的部分信息出了问题。我们很抱歉。下面说明发生了什么，以及您可以怎么做。
breach-notice-data = 涉及的信息：{ $categories }
breach-notice-consequences = 可能会发生什么
breach-notice-measures = 我们做了什么
breach-notice-advice = 您可以怎么做
breach-notice-contact = 有疑问？请写信给我们的数据保护官：{ $contact }
breach-notice-sent = 通知日期：{ $date }
BR-001 = 请填写一个整数，0 或以上。
BR-002 = 这个时间在将来。
BR-003 = 这个时间不能早于发现泄露的时间。
BR-004 = 距我们知悉已超过 72 小时：请说明延迟的原因。
BR-005 = 这些行与任何案件编号都不匹配。请更正或删除它们；目前还没有添加任何人。
BR-006 = 请填写日期和时间，例如 2026-12-03 14:30。
BR-007 = 向监督机构的通知已经记录过了。请在下方添加后续信息。
mail-data-incident-subject = 关于您数据的重要信息
mail-data-incident-body =
    有一条关于您数据的重要信息。请登录查看：{ $url }
sms-data-incident = Amana：有关于您数据的重要信息。请登录查看：{ $url }
breach-nature-person-confidentiality = 不应看到您部分信息的人，可能已经看到了这些信息。
breach-nature-person-integrity = 您的部分信息被错误地更改了。
breach-nature-person-availability = 您的部分信息丢失了，或者有一段时间无法查看。
breach-clocks-heading = 数据泄露：通知监督机构
breach-people-list = 涉及的人，以及向每个人发送通知的时间
breach-person-reference = 案件编号
breach-person-notified = 通知发送时间
breach-person-not-notified = 尚未发送
