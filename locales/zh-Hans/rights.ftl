# Amana — 简体中文：行使权利（关于个人数据的申请）。每种语言都有相同的键。

nav-my-requests = 我的申请

## “我的数据”中每一项旁边的操作
action-correct = 这是错的
action-erase = 删除这一项
action-restrict = 停止使用这一项
my-data-erase-all = 要求删除我的全部数据

## 申请表
request-correct-title = 更正您的数据
request-erase-title = 删除您的数据
request-restrict-title = 停止使用您的数据
request-erase-all-title = 删除您的全部数据
request-proposed-value = 正确的内容应该是
request-proposed-value-hint = 请写下正确的信息。
request-erase-explained = 您正在要求删除这项信息。法律规定有些信息必须保留；如果是这样，我们会告诉您原因。
request-erase-all-explained = 您正在要求删除保存的关于您的全部信息。法律规定有些信息必须保留，例如在您的案件还没结束时；如果是这样，我们会告诉您哪些信息要保留，以及原因。
request-restrict-choose = 您想怎么做？
request-restriction-explained = 保留这项信息，但在核查期间不要使用它（例如，因为您认为它是错的）。
request-objection-explained = 因为您自己的情况，不再为这个用途使用这项信息。
request-explanation = 您想补充的内容（选填）
request-explanation-hint = 例如原因，或发生了什么。您也可以以后再发送文件。
request-deadline-explained = 提出申请是免费的。您会在一个月内得到答复。如果您的申请比较复杂，期限可以再延长两个月，我们会告诉您原因。
request-send = 发送我的申请
request-cancel = 不发送，返回
request-whole-record = 我的全部数据

## 申请的类型和状态
kind-access = 我的数据副本
kind-correction = 更正
kind-erasure = 删除
kind-restriction = 暂停使用
kind-objection = 反对使用
kind-complaint = 投诉
status-submitted = 已收到
status-in_review = 正在核查
status-awaiting_information = 等待您提供信息
status-decided = 已作出决定
status-completed = 已完成
status-withdrawn = 已撤回

## 我的申请
requests-title = 我的申请
requests-intro = 在这里，您可以跟进您提出的所有申请，查看您会在哪一天前得到答复，并阅读消息。
requests-none = 您还没有提出任何申请。如果要提出申请，请到“我的数据”中选择一项信息。
requests-back = 返回我的申请
request-title = 您的申请
request-reference = 编号
request-kind = 申请类型
request-about = 涉及内容
request-status = 状态
request-received = 收到日期
request-due = 答复截止日期
request-extended = 答复期限已延长。原因：
request-decision = 决定
request-timeline = 处理经过
request-upstream = 在主管机构自己的系统中
request-upstream-done = 已于 { $date } 在 { $system } 中完成。
request-upstream-waiting = 尚未在 { $system } 中完成。工作人员正在跟进。
request-messages = 消息
request-no-messages = 还没有消息。
request-add-information = 补充信息或回复
request-add-information-hint = 如果您想补充内容或回答问题，请写在这里。
request-send-information = 发送
request-withdraw = 撤回这个申请
notice-request-filed = 我们已收到您的申请，并已给您发送确认。
notice-request-sent = 您的消息已添加到申请中。
notice-request-withdrawn = 您的申请已撤回。这个申请不会再有任何处理。

actor-you = 您
actor-system = Amana
actor-source = { $role } · { $office }（在 { $system } 中）
role-caseworker = 案件处理员
role-reviewer = 审核员
role-dpo = 数据保护官
role-admin = 管理员
role-auditor = 审计员

timeline-submitted = 已收到申请
timeline-in-review = 正在核查
timeline-information-requested = 要求您补充信息
timeline-information-added = 已补充信息
timeline-extended = 答复期限已延长
timeline-decided = 已作出决定
timeline-completed = 已完成
timeline-withdrawn = 申请已撤回

reason-legal-obligation = 法律要求我们保留这项信息。
reason-still-needed-for-case = 您的案件还没结束，仍然需要这项信息。
reason-accuracy-confirmed = 我们核查过这项信息，它是正确的。
reason-public-interest = 完成一项公共利益任务需要使用这项信息，这比您提出的个人情况更重要。

## 撤回
withdraw-title = 撤回您的申请？
withdraw-explained = 如果您撤回，我们会停止处理这个申请。您可以随时提出新的申请。
withdraw-confirm = 是的，撤回
withdraw-cancel = 不，保留我的申请

## 错误
RQ-001 = 关于这一项，您已经有一个尚未完成的申请。您可以在“我的申请”中跟进。
RQ-002 = 这个申请已经作出决定或已撤回，所以不能再修改。
RQ-010 = 请写下这项信息正确的内容。
RQ-011 = 内容太长了。请缩短到 500 个字符以内。
RQ-012 = 内容太长了。请缩短到 2000 个字符以内。
RQ-013 = 这和我们现有的内容一样。请写下正确的内容。
RQ-014 = 发送前，请先写消息。
RQ-015 = 内容太长了。请缩短到 2000 个字符以内。
RQ-016 = 请选择其中一个选项。

## 电子邮件（邮件中从不包含个人数据）
mail-request-received-subject = 我们已收到您的申请
mail-request-received-body =
    我们已收到您的申请。您会在一个月内得到答复。

    请登录跟进：{ $url }
mail-request-news-subject = 您的申请有新消息
mail-request-news-body =
    您的申请有新消息。请登录查看：{ $url }

## 文件
request-evidence = 文件（选填）
request-evidence-hint = PDF 或照片（JPEG 或 PNG），最大 5 MB。例如能证明正确信息的证明文件。
request-documents = 您发送的文件
request-document = 文件
RQ-020 = 文件太大了。请发送不超过 5 MB 的文件。
RQ-021 = 不能接受这种类型的文件。请发送 PDF 或照片（JPEG 或 PNG）。
RQ-022 = 这个申请中的文件已达到上限（最多 20 个文件，总计 50 MB）。请改为写消息，或者问我们如何发送更多文件。
