# Amana — Tiếng Việt: khiếu nại. Mọi ngôn ngữ có cùng các khóa.

footer-oversight = Cơ quan giám sát độc lập:
footer-complain = Khiếu nại về cách dữ liệu của bạn được xử lý
complaint-title = Gửi khiếu nại
complaint-intro = Nếu bạn nghĩ dữ liệu của bạn không được xử lý đúng, hãy cho chúng tôi biết ở đây. Khiếu nại chỉ được gửi đến cán bộ bảo vệ dữ liệu, không bao giờ gửi đến nhân viên bị khiếu nại.
complaint-oversight-explained = Bạn cũng có thể khiếu nại thẳng với cơ quan độc lập này, bất cứ lúc nào, miễn phí.
complaint-signed-in = Bạn đang đăng nhập, nên khiếu nại sẽ được gắn với hồ sơ của bạn và bạn có thể theo dõi trong mục Yêu cầu của tôi.
complaint-anonymous = Bạn chưa đăng nhập, nên khiếu nại sẽ là ẩn danh. Bạn sẽ nhận một mã biên nhận để theo dõi. Sẽ không ai có thể liên lạc với bạn.
complaint-text = Chuyện gì đã xảy ra?
complaint-text-hint = Hãy viết bằng lời của bạn. Đừng viết thông tin về người khác.
complaint-related = Khiếu nại này có liên quan đến một yêu cầu của bạn không? (không bắt buộc)
complaint-related-none = Không, không liên quan đến yêu cầu nào
complaint-send = Gửi khiếu nại của tôi
complaint-follow-link = Theo dõi khiếu nại ẩn danh bằng mã biên nhận

receipt-title = Khiếu nại của bạn đã được nhận
receipt-intro = Mã biên nhận của bạn là:
receipt-keep-safe = Hãy ghi lại mã này và giữ cẩn thận. Mã chỉ hiện một lần, và đây là cách duy nhất để theo dõi khiếu nại của bạn.
receipt-follow = Xem khiếu nại của bạn
receipt-gone = Mã biên nhận chỉ hiện một lần. Nếu bạn có mã, bạn có thể dùng để theo dõi khiếu nại.

lookup-title = Theo dõi khiếu nại
lookup-intro = Hãy gõ mã biên nhận bạn nhận được khi gửi khiếu nại.
lookup-code = Mã biên nhận
lookup-code-hint = 16 chữ cái và chữ số, ví dụ ABCD-EF23-GH45-JK67.
lookup-submit = Xem khiếu nại của tôi
complaint-status-title = Khiếu nại của bạn
status-no-complaint = Không có khiếu nại nào để hiện. Hãy gõ mã biên nhận trước.

CP-001 = Hãy viết chuyện đã xảy ra trước khi gửi.
CP-002 = Nội dung quá dài. Vui lòng rút ngắn còn 2000 ký tự.
CP-003 = Hãy chọn một yêu cầu của chính bạn, hoặc chọn không có.
CP-004 = Không có khiếu nại nào với mã biên nhận này. Hãy kiểm tra mã và thử lại.
complaint-staff-member = Tên hoặc email của nhân viên, nếu khiếu nại là về một người (không bắt buộc)
complaint-staff-member-hint = Nếu bạn biết ai đã xử lý dữ liệu của bạn không đúng, hãy ghi ở đây. Người đó sẽ không bao giờ thấy khiếu nại của bạn.
