# Amana — 简体中文：谁看过您的数据，以及下载数据。每种语言都有相同的键。

access-title = 谁看过我的数据
access-intro = 每当工作人员或协助人员打开或修改您的信息，都会记录在这里：什么时间、是谁（他们的职位和办公室）、看了什么，以及他们必须给出的理由。
access-none = 主管机构的人员和协助人员都还没有看过您的数据。
access-no-more = 没有更早的记录了。
access-pages = 页码
access-newer = 较新的记录
access-older = 较早的记录
access-fields = 信息：
access-reason = 给出的理由：
access-source-viewed = 在他们自己的系统中查看了您的档案
access-purpose = 他们说明的用途：
access-legal-basis = 他们说明的法律依据：
access-record-viewed = 查看了您的数据
access-category-opened = 打开了您数据中的敏感部分
access-request-viewed = 查看了您的一个申请
access-field-corrected = 更正了您的数据
access-field-erased = 删除了您的数据
access-record-exported = 制作了一份您数据的副本
access-reason-handling-request = 为了处理您的申请
access-reason-identity-check = 为了核实您的身份
access-reason-safety-concern = 因为担心某人的安全
access-reason-legal-duty = 因为法律要求

download-title = 下载我的数据
download-intro = 您可以获取一份完整的副本，包括保存的关于您的所有数据、您的申请、您的同意选择，以及谁看过您的数据。请把它放在安全的地方：里面有个人信息。
download-printable = 可阅读的副本
download-printable-explained = 一个用您的语言显示的页面，您可以阅读、打印或保存为 PDF。
download-json = 供电脑读取的副本（JSON）
download-json-explained = 其他服务或协助人员的电脑可以读取的文件。
export-title = 我的数据副本
export-print-hint = 要保存这个页面，请使用浏览器的“打印”或“保存为 PDF”功能。
export-generated = 生成日期
