# Amana — 简体中文：同意。每种语言都有相同的键。

nav-consent = 同意
consent-title = 您的同意
consent-intro = 您的一些信息只有在您同意后才会被使用。在这里，您可以看到每一种这样的用途，并随时给予或撤回您的同意。撤回和给予同意一样简单，而且立即生效。
notice-consent-changed = 您的选择已保存，现在就生效。
consent-given = 您已同意
consent-not-given = 您尚未同意
consent-give = 同意
consent-withdraw = 撤回同意
consent-history = 您的选择记录
consent-history-none = 还没有任何选择记录。
consent-history-given = 已同意
consent-history-withdrawn = 已撤回同意
consent-version = 文本版本
my-data-consent-withdrawn = 已不再使用：您已撤回同意。

purpose-integration-support-explained = 我们用这些信息为您提供入学名额、语言课程和找工作的帮助。只有在您同意后，我们才会把信息提供给学校或课程机构。
purpose-resettlement-referral-explained = 我们用这些信息推荐您到另一个国家重新安置。只有在您同意后，我们才会把信息提供给联合国难民署（UNHCR）和那个国家。
purpose-service-updates-explained = 我们会给您发送可能对您有帮助的服务消息，例如新课程或开放时间的变化。只有在您同意后才会发送。
