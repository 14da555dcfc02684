# Các bên nhận bên ngoài cơ quan và thỏa thuận chia sẻ dữ liệu của họ: danh sách công khai (/recipients), sổ đăng ký
# của quản trị viên, và tên các bên nhận trong mục Dữ liệu của tôi.
nav-recipients = Bên nhận dữ liệu
footer-recipients = Ai nhận dữ liệu từ chúng tôi
my-data-recipients = Ai nhận
recipients-title = Ai nhận dữ liệu từ chúng tôi
recipients-intro = Các tổ chức dưới đây nhận một số dữ liệu cá nhân từ chúng tôi, mỗi tổ chức theo một thỏa thuận bằng văn bản. Đây là những gì mỗi thỏa thuận cho phép.
recipients-none = Hiện nay không có tổ chức nào bên ngoài cơ quan nhận dữ liệu cá nhân từ chúng tôi.
recipients-kind = Loại tổ chức
recipients-country = Quốc gia
recipients-purpose = Mục đích
recipients-legal-basis = Căn cứ pháp lý
recipients-categories = Các loại dữ liệu được nhận
recipients-retention = Được giữ dữ liệu trong bao lâu
recipients-days =
    { $days ->
       *[other] { $days } ngày
    }
recipients-breach-notice = Khi có vi phạm dữ liệu, phải báo cho chúng tôi trong vòng
recipients-hours =
    { $hours ->
       *[other] { $hours } giờ
    }
recipients-terms = Luôn luôn
recipients-terms-fixed = Tổ chức này không được chuyển dữ liệu cho bất kỳ ai khác, và chúng tôi có thể kiểm tra cách họ xử lý dữ liệu.
recipients-ends-on = Thỏa thuận hết hạn vào ngày
recipients-register-title = Bên nhận và thỏa thuận
recipients-register-intro = Hãy đăng ký từng tổ chức nhận dữ liệu cá nhân, cùng với thỏa thuận chia sẻ dữ liệu của tổ chức đó. Cơ quan nhà nước của một quốc gia mà người ta buộc phải rời bỏ để được an toàn không bao giờ được nhận dữ liệu cho thấy một người đã xin bảo hộ, hoặc người đó sống ở đâu và sống với ai.
recipients-origin-authority = Cơ quan nhà nước của quốc gia gốc
recipients-origin-authority-choice = Đây là cơ quan nhà nước của một quốc gia mà người ta buộc phải rời bỏ để được an toàn
recipients-add-heading = Thêm một bên nhận
recipients-name = Tên tổ chức
recipients-country-hint = Hai chữ cái, ví dụ DE hoặc KE.
recipients-retention-days = Số ngày được giữ dữ liệu (từ 1 đến 1095)
recipients-breach-notice-hours = Số giờ tối đa để báo cho chúng tôi khi có vi phạm dữ liệu (nhiều nhất là 24)
recipients-ends-on-hint = Ngày cuối cùng của thỏa thuận, ví dụ 2027-12-31.
recipients-add = Thêm bên nhận
recipients-added = Đã đăng ký bên nhận và thỏa thuận của bên nhận đó.
RC-001 = Cơ quan nhà nước của một quốc gia mà người ta buộc phải rời bỏ để được an toàn không bao giờ được nhận loại dữ liệu này.
RC-002 = Hãy viết quốc gia bằng hai chữ cái, ví dụ DE hoặc KE.
RC-003 = Hãy viết ngày cuối cùng của thỏa thuận, sau ngày hôm nay, ví dụ 2027-12-31.
RC-004 = Bên nhận phải báo cho chúng tôi về vi phạm dữ liệu trong vòng 24 giờ: hãy viết một số từ 1 đến 24.
RC-005 = Đã có bên nhận với tên này.
