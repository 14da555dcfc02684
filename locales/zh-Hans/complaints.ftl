# Amana — 简体中文：投诉。每种语言都有相同的键。

footer-oversight = 独立监督机构：
footer-complain = 投诉您的数据被处理的方式
complaint-title = 提出投诉
complaint-intro = 如果您认为您的数据没有被妥善处理，请在这里告诉我们。投诉只会交给数据保护官，绝不会交给被投诉的工作人员。
complaint-oversight-explained = 您也可以随时直接向这个独立监督机构投诉，不收费。
complaint-signed-in = 您已登录，所以您的投诉会和您的案件关联，您可以在“我的申请”中跟进。
complaint-anonymous = 您没有登录，所以您的投诉是匿名的。您会得到一个回执码，用来跟进投诉。没有人能够联系您。
complaint-text = 发生了什么？
complaint-text-hint = 请用您自己的话写。不要写其他人的信息。
complaint-related = 这和您的某个申请有关吗？（选填）
complaint-related-none = 不，与申请无关
complaint-send = 发送我的投诉
complaint-follow-link = 用回执码跟进匿名投诉

receipt-title = 我们已收到您的投诉
receipt-intro = 您的回执码是：
receipt-keep-safe = 请把这个回执码写下来，妥善保管。它只显示一次，而且是跟进您投诉的唯一方式。
receipt-follow = 查看您的投诉
receipt-gone = 回执码只显示一次。如果您有回执码，可以用它跟进您的投诉。

lookup-title = 跟进投诉
lookup-intro = 请输入您发送投诉时得到的回执码。
lookup-code = 回执码
lookup-code-hint = 16 个字母和数字，例如 ABCD-EF23-GH45-JK67。
lookup-submit = 显示我的投诉
complaint-status-title = 您的投诉
status-no-complaint = 没有可显示的投诉。请先输入您的回执码。

CP-001 = 发送前，请写下发生了什么。
CP-002 = 内容太长了。请缩短到 2000 个字符以内。
CP-003 = 请选择您自己的某个申请，或者选择“与申请无关”。
CP-004 = 没有投诉使用这个回执码。请检查回执码后重试。
complaint-staff-member = 如果投诉与某位工作人员有关，请填写其姓名或电子邮箱地址（选填）
complaint-staff-member-hint = 如果您知道是谁没有妥善处理您的数据，请写在这里。那个人永远不会看到您的投诉。
