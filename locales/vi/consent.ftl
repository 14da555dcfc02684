# Amana — Tiếng Việt: sự đồng ý. Mọi ngôn ngữ có cùng các khóa.

nav-consent = Sự đồng ý
consent-title = Sự đồng ý của bạn
consent-intro = Một số thông tin của bạn chỉ được dùng nếu bạn đồng ý. Ở đây bạn thấy từng việc sử dụng đó, và có thể đồng ý hoặc rút lại sự đồng ý bất cứ lúc nào. Rút lại cũng dễ như khi đồng ý, và có hiệu lực ngay.
notice-consent-changed = Lựa chọn của bạn đã được lưu. Lựa chọn có hiệu lực ngay bây giờ.
consent-given = Bạn đã đồng ý
consent-not-given = Bạn chưa đồng ý
consent-give = Đồng ý
consent-withdraw = Rút lại sự đồng ý
consent-history = Lịch sử lựa chọn của bạn
consent-history-none = Chưa có lựa chọn nào được ghi lại.
consent-history-given = Đã đồng ý
consent-history-withdrawn = Đã rút lại sự đồng ý
consent-version = phiên bản văn bản
my-data-consent-withdrawn = Không còn được dùng nữa: bạn đã rút lại sự đồng ý.

purpose-integration-support-explained = Chúng tôi dùng thông tin này để giới thiệu cho bạn chỗ học, lớp học ngôn ngữ và giúp bạn tìm việc. Chúng tôi chỉ chia sẻ thông tin với trường học hoặc nơi dạy nếu bạn đồng ý.
purpose-resettlement-referral-explained = Chúng tôi dùng thông tin này để giới thiệu bạn đi tái định cư ở nước khác. Chúng tôi chỉ chia sẻ thông tin với UNHCR và nước đó nếu bạn đồng ý.
purpose-service-updates-explained = Chúng tôi gửi cho bạn tin tức về các dịch vụ có thể giúp bạn, ví dụ lớp học mới hoặc thay đổi giờ mở cửa. Chỉ khi bạn đồng ý.
