/// The shipped translations: English (complete, and the fallback) and
/// every ASEAN host language, Malay, Indonesian, Khmer, Lao, Burmese,
/// Filipino, Thai and Vietnamese (HostTranslations.swift holds six of
/// them). Each table must name every `ItemKey` (a test checks it).
public enum Translations {
    public static let all: [Translation] = [english, malay, indonesian, khmer, lao, burmese, filipino, thai, vietnamese]

    /// The translation for a language code or locale ("ms", "ms_BN"), or nil.
    public static func named(_ code: String) -> Translation? {
        let language = String(code.prefix { $0 != "_" && $0 != "-" }).lowercased()
        return all.first { $0.language == language }
    }

    public static let english = Translation(
        language: "en", locale: "en_GB", name: "English",
        labels: .init(programme: "Programme", chair: "Chair", coChair: "Co-Chair", date: "Date", venue: "Venue", theme: "Theme",
                      time: "Time", item: "Item", day: "Day {n}", coffeeBreak: "Coffee break", lunch: "Lunch",
                      fridayPrayers: "Friday prayers", timesIn: "All times: {zone} (UTC{offset})",
                      localTimes: "Local time of each delegation", online: "Online", hybrid: "In person and online",
                      nextDay: "next day"),
        items: [
            .openingRemarks: "Opening remarks by the Chair",
            .adoptionOfAgenda: "Adoption of the agenda",
            .businessArrangements: "Business arrangements",
            .secretariatReport: "Report of the ASEAN Secretariat on decisions of other ASEAN bodies",
            .workPlanProgress: "Progress of the {body} Work Plan",
            .newProjectProposals: "Proposals for new projects",
            .cooperationWithPartners: "Cooperation with partners and other ASEAN bodies",
            .nextChairPlans: "Plans and theme of the incoming Chair, {chair}",
            .otherMatters: "Other matters",
            .nextMeeting: "Date and venue of the next meeting",
            .adoptionOfReport: "Adoption of the report",
            .handover: "Handover of the chairmanship to {chair}",
            .closing: "Closing remarks",
            .keynote: "Keynote address",
            .partnerPresentation: "Presentation by the partner",
            .panelDiscussion: "Panel discussion",
            .openDiscussion: "Open discussion",
            .wayForward: "The way forward",
            .summary: "Summary by the Chair",
        ])

    public static let vietnamese = Translation(
        language: "vi", locale: "vi_VN", name: "Tiếng Việt",
        labels: .init(programme: "Chương trình", chair: "Chủ tịch", coChair: "Đồng Chủ tịch", date: "Ngày", venue: "Địa điểm", theme: "Chủ đề",
                      time: "Thời gian", item: "Nội dung", day: "Ngày thứ {n}", coffeeBreak: "Giải lao",
                      lunch: "Ăn trưa", fridayPrayers: "Nghỉ cầu nguyện ngày thứ Sáu",
                      timesIn: "Tất cả các giờ: {zone} (UTC{offset})", localTimes: "Giờ địa phương của từng đoàn",
                      online: "Trực tuyến", hybrid: "Trực tiếp kết hợp trực tuyến", nextDay: "ngày hôm sau"),
        items: [
            .openingRemarks: "Phát biểu khai mạc của Chủ tịch",
            .adoptionOfAgenda: "Thông qua chương trình nghị sự",
            .businessArrangements: "Các vấn đề tổ chức cuộc họp",
            .secretariatReport: "Báo cáo của Ban Thư ký ASEAN về quyết định của các cơ quan ASEAN khác",
            .workPlanProgress: "Tình hình thực hiện Kế hoạch làm việc {body}",
            .newProjectProposals: "Đề xuất dự án mới",
            .cooperationWithPartners: "Hợp tác với các đối tác và các cơ quan ASEAN khác",
            .nextChairPlans: "Kế hoạch và chủ đề của Chủ tịch luân phiên kế nhiệm, {chair}",
            .otherMatters: "Các vấn đề khác",
            .nextMeeting: "Thời gian và địa điểm cuộc họp tiếp theo",
            .adoptionOfReport: "Thông qua báo cáo",
            .handover: "Chuyển giao vai trò Chủ tịch luân phiên cho {chair}",
            .closing: "Phát biểu bế mạc",
            .keynote: "Bài phát biểu chính",
            .partnerPresentation: "Trình bày của đối tác",
            .panelDiscussion: "Thảo luận chuyên đề",
            .openDiscussion: "Thảo luận chung",
            .wayForward: "Định hướng tiếp theo",
            .summary: "Tổng kết của Chủ tịch",
        ],
        review: "Native speaker to confirm 'Tất cả các giờ' in the line naming the zone.")

    public static let malay = Translation(
        language: "ms", locale: "ms_BN", name: "Bahasa Melayu",
        labels: .init(programme: "Aturcara", chair: "Pengerusi", coChair: "Pengerusi Bersama", date: "Tarikh", venue: "Tempat", theme: "Tema",
                      time: "Masa", item: "Perkara", day: "Hari {n}", coffeeBreak: "Rehat minum",
                      lunch: "Makan tengah hari", fridayPrayers: "Rehat solat Jumaat",
                      timesIn: "Semua waktu: {zone} (UTC{offset})", localTimes: "Waktu tempatan setiap delegasi",
                      online: "Dalam talian", hybrid: "Bersemuka dan dalam talian", nextDay: "hari berikutnya"),
        items: [
            .openingRemarks: "Ucapan pembukaan oleh Pengerusi",
            .adoptionOfAgenda: "Penerimaan agenda",
            .businessArrangements: "Aturan urusan mesyuarat",
            .secretariatReport: "Laporan Sekretariat ASEAN mengenai keputusan badan-badan ASEAN lain",
            .workPlanProgress: "Kemajuan Pelan Kerja {body}",
            .newProjectProposals: "Cadangan projek baharu",
            .cooperationWithPartners: "Kerjasama dengan rakan kongsi dan badan-badan ASEAN lain",
            .nextChairPlans: "Rancangan dan tema Pengerusi akan datang, {chair}",
            .otherMatters: "Hal-hal lain",
            .nextMeeting: "Tarikh dan tempat mesyuarat akan datang",
            .adoptionOfReport: "Penerimaan laporan",
            .handover: "Penyerahan jawatan Pengerusi kepada {chair}",
            .closing: "Ucapan penutup",
            .keynote: "Ucaptama",
            .partnerPresentation: "Pembentangan oleh rakan kongsi",
            .panelDiscussion: "Perbincangan panel",
            .openDiscussion: "Perbincangan terbuka",
            .wayForward: "Hala tuju seterusnya",
            .summary: "Rumusan oleh Pengerusi",
        ],
        review: "Native speaker to confirm 'Aturcara' (Brunei usage) against 'Atur cara' (Malaysia).")
}
