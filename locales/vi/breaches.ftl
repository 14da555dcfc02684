# Sổ ghi các vụ vi phạm dữ liệu (của cán bộ bảo vệ dữ liệu) và thông báo mà một người đọc khi dữ liệu của họ bị vi phạm.
nav-breaches = Vi phạm dữ liệu
breaches-title = Sổ ghi vi phạm dữ liệu
breaches-intro = Mọi vụ vi phạm dữ liệu cá nhân đều được ghi ở đây, dù có phải báo cáo hay không. Phải báo cho cơ quan giám sát trong vòng 72 giờ kể từ lúc chúng tôi biết sự việc, trừ khi vụ vi phạm khó có thể gây rủi ro cho bất kỳ ai.
breaches-none = Chưa ghi nhận vụ vi phạm nào.
breach-title = Vụ vi phạm dữ liệu
breach-back = Quay lại sổ ghi vi phạm dữ liệu
breach-reference = Mã số
breach-clock-left =
    { $hours ->
       *[other] Hãy báo cho cơ quan giám sát chậm nhất lúc { $due }: còn { $hours } giờ.
    }
breach-clock-late =
    { $hours ->
       *[other] Lẽ ra phải báo cho cơ quan giám sát chậm nhất lúc { $due }: đã trễ { $hours } giờ. Hãy nêu lý do chậm trễ.
    }
breach-clock-told =
    { $hours ->
       *[other] Đã báo cho cơ quan giám sát lúc { $when }, { $hours } giờ sau khi chúng tôi biết sự việc.
    }
breach-people-count = Số người liên quan: { $people }. Số thông báo đã gửi: { $notified }.
breach-record-heading = Ghi một vụ vi phạm
breach-discovered-at = Thời điểm phát hiện vụ vi phạm
breach-aware-at = Thời điểm chúng tôi biết dữ liệu cá nhân bị ảnh hưởng
breach-aware-at-hint = 72 giờ được tính từ thời điểm này. Ngày và giờ theo giờ UTC.
breach-processor-reported-at = Thời điểm bên xử lý dữ liệu báo cho chúng tôi (nếu có)
breach-moment-hint = Ngày và giờ theo giờ UTC, ví dụ 2026-12-03 14:30.
breach-optional-moment-hint = Để trống nếu không có bên xử lý dữ liệu nào liên quan.
breach-not-given = Không có
breach-nature = Điều gì đã xảy ra với dữ liệu
breach-nature-confidentiality = Người không được phép xem có thể đã xem dữ liệu (tính bảo mật)
breach-nature-integrity = Dữ liệu bị thay đổi sai (tính toàn vẹn)
breach-nature-availability = Dữ liệu bị mất hoặc không truy cập được (tính sẵn sàng)
breach-description = Điều gì đã xảy ra
breach-description-hint = Chỉ dùng cho sổ ghi, không bao giờ hiện cho những người liên quan. Không viết dữ liệu cá nhân ở đây.
breach-categories = Các loại dữ liệu liên quan
breach-approx-people = Khoảng bao nhiêu người
breach-approx-records = Khoảng bao nhiêu bản ghi
breach-consequences = Hậu quả có thể xảy ra cho những người liên quan
breach-consequence-others-may-read = Người không được phép có thông tin của bạn có thể đọc được thông tin đó.
breach-consequence-identity-misuse = Có người có thể dùng thông tin của bạn để giả làm bạn.
breach-consequence-contact-by-strangers = Người lạ có thể tìm cách liên lạc với bạn hoặc tìm nơi bạn ở.
breach-consequence-wrong-decision = Một quyết định về bạn có thể dựa trên thông tin sai.
breach-consequence-delay = Hồ sơ của bạn có thể mất nhiều thời gian hơn.
breach-consequence-data-lost = Một phần thông tin của bạn có thể đã bị mất.
breach-measures = Những gì chúng tôi đã làm hoặc sẽ làm
breach-measure-access-closed = Chúng tôi đã chặn con đường làm thông tin bị lọt ra ngoài.
breach-measure-data-recovered = Chúng tôi đã lấy lại hoặc khôi phục thông tin.
breach-measure-recipient-asked-to-delete = Chúng tôi đã yêu cầu người nhận được thông tin xóa nó đi, và đã kiểm tra là họ đã xóa.
breach-measure-police-informed = Chúng tôi đã báo cho cảnh sát.
breach-measure-accounts-secured = Chúng tôi đã đổi mật khẩu và khóa các tài khoản liên quan.
breach-measure-staff-trained = Chúng tôi đã thay đổi cách làm việc của nhân viên để việc này không xảy ra nữa.
breach-advice = Những người liên quan có thể làm gì
breach-advice-watch-for-contact = Hãy cẩn thận với những cuộc gọi, tin nhắn hoặc người đến nhà bất ngờ để hỏi về hồ sơ của bạn.
breach-advice-do-not-answer-strangers = Đừng bao giờ đưa mã hồ sơ hay ngày sinh của bạn cho người tự liên lạc với bạn trước.
breach-advice-check-my-data = Hãy kiểm tra dữ liệu của bạn trên Amana và yêu cầu chúng tôi sửa những gì sai.
breach-advice-tell-helper = Nếu có một tổ chức hỗ trợ đang giúp bạn, hãy cho họ biết về thông báo này.
breach-advice-ask-us = Hãy hỏi chúng tôi nếu bạn có câu hỏi, hoặc nếu bạn cảm thấy không an toàn.
breach-risk = Rủi ro cho những người liên quan
breach-risk-unlikely = Khó có thể gây rủi ro (không cần báo cho cơ quan giám sát; hãy nêu lý do)
breach-risk-risk = Có rủi ro (báo cho cơ quan giám sát)
breach-risk-high = Rủi ro cao (báo cho cơ quan giám sát và từng người liên quan)
breach-risk-reasoning = Vì sao đánh giá mức rủi ro này
breach-risk-reasoning-hint = Lập luận của bạn được lưu trong sổ ghi, kể cả khi bạn quyết định không báo cho cơ quan giám sát hay những người liên quan.
breach-record = Ghi vụ vi phạm
breach-recorded = Vụ vi phạm đã được ghi. Thời hạn 72 giờ đang được tính.
breach-tell-heading = Báo cho cơ quan giám sát
breach-told-at = Thời điểm đã báo cho cơ quan giám sát
breach-authority-reference = Mã số do cơ quan giám sát cấp
breach-delay-reason = Lý do chậm trễ (nếu có)
breach-delay-reason-hint = Bắt buộc khi báo cho cơ quan giám sát sau hơn 72 giờ kể từ lúc chúng tôi biết sự việc.
breach-tell = Ghi nhận đã báo cho cơ quan giám sát
breach-authority-recorded = Đã ghi nhận: đã báo cho cơ quan giám sát.
breach-updates-heading = Thông tin bổ sung sau đó
breach-update = Thông tin bổ sung đã gửi cơ quan giám sát
breach-update-hint = Những gì bạn biết thêm và đã báo cho cơ quan giám sát sau lần thông báo đầu tiên.
breach-add-update = Thêm thông tin này
breach-update-added = Thông tin đã được thêm vào sổ ghi.
breach-people-heading = Những người liên quan
breach-people = Mã hồ sơ của những người liên quan
breach-people-hint = Mỗi dòng một mã hồ sơ.
breach-add-people = Thêm những người này
breach-people-added = Đã thêm những người này. Hãy gửi thông báo cho họ khi bạn sẵn sàng.
breach-notify-explained =
    { $people ->
       *[other] { $people } người chưa được gửi thông báo. Họ sẽ đọc thông báo khi đăng nhập, và nhận được tin nhắn báo có tin mới.
    }
breach-notify = Gửi thông báo
breach-people-notified = Đã gửi các thông báo.
breach-notice-heading = Có sự cố với dữ liệu của bạn
breach-notice-intro = Ngày { $date }, chúng tôi phát hiện có sự cố với một số thông tin của bạn. Chúng tôi xin lỗi bạn. Dưới đây là những gì đã xảy ra và những gì bạn có thể làm.
breach-notice-data = Thông tin liên quan: { $categories }
breach-notice-consequences = Điều gì có thể xảy ra
breach-notice-measures = Chúng tôi đã làm gì
breach-notice-advice = Bạn có thể làm gì
breach-notice-contact = Có câu hỏi? Hãy viết cho cán bộ bảo vệ dữ liệu của chúng tôi: { $contact }
breach-notice-sent = Đã thông báo ngày { $date }
BR-001 = Hãy viết một số nguyên, từ 0 trở lên.
BR-002 = Thời điểm này nằm trong tương lai.
BR-003 = Thời điểm này không thể trước lúc phát hiện vụ vi phạm.
BR-004 = Đã quá 72 giờ kể từ lúc chúng tôi biết sự việc: hãy nêu lý do chậm trễ.
BR-005 = Những dòng này không khớp với mã hồ sơ nào. Hãy sửa hoặc xóa chúng; chưa có ai được thêm vào.
BR-006 = Hãy viết ngày và giờ, ví dụ 2026-12-03 14:30.
BR-007 = Việc báo cho cơ quan giám sát đã được ghi nhận rồi. Hãy thêm thông tin bổ sung ở bên dưới.
mail-data-incident-subject = Thông tin quan trọng về dữ liệu của bạn
mail-data-incident-body =
    Có thông tin quan trọng về dữ liệu của bạn. Hãy đăng nhập để đọc: { $url }
sms-data-incident = Amana: có tin quan trọng về dữ liệu của bạn. Hãy đăng nhập để đọc: { $url }
breach-nature-person-confidentiality = Một người không được phép xem có thể đã xem một số thông tin của bạn.
breach-nature-person-integrity = Một số thông tin của bạn đã bị thay đổi sai.
breach-nature-person-availability = Một số thông tin của bạn đã bị mất, hoặc trong một thời gian không truy cập được.
breach-clocks-heading = Vi phạm dữ liệu: báo cho cơ quan giám sát
breach-people-list = Những người liên quan và thời điểm gửi thông báo cho từng người
breach-person-reference = Mã hồ sơ
breach-person-notified = Đã gửi thông báo
breach-person-not-notified = Chưa
