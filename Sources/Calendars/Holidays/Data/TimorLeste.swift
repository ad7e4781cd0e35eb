/// Timor-Leste. Law 10/2005 on national holidays as amended (Law 3/2016):
/// national holidays and official commemorative days observed as days off.
/// Eid al-Fitr and Eid al-Adha are holidays; their days come from the Umm
/// al-Qura calendar and are marked uncertain.
extension HolidayData {
    static let timorLeste = CountryHolidays(
        code: "TL",
        definitions: [
            .fixed("New Year's Day", "Dia de Ano Novo", 1, 1),
            .fixed("Veterans' Day", "Dia dos Veteranos", 3, 3, years: 2016...2100),
            HolidayDefinition("Holy Thursday", "Quinta-Feira Santa", rule: EasterRule(offset: -3)),
            HolidayDefinition("Good Friday", "Sexta-Feira Santa", major: true, rule: EasterRule(offset: -2)),
            .fixed("Labour Day", "Dia do Trabalhador", 5, 1),
            .fixed("Restoration of Independence Day", "Dia da Restauração da Independência", 5, 20, major: true, years: 2002...2100),
            HolidayDefinition("Corpus Christi", "Corpo de Deus", rule: EasterRule(offset: 60)),
            HolidayDefinition("Eid al-Fitr", "Idul Fitri", rule: IslamicRule(month: 10, day: 1)),
            HolidayDefinition("Eid al-Adha", "Idul Adha", rule: IslamicRule(month: 12, day: 10)),
            .fixed("FALINTIL Day", "Dia das FALINTIL", 8, 20),
            .fixed("Popular Consultation Day", "Dia da Consulta Popular", 8, 30),
            .fixed("All Saints' Day", "Dia de Todos os Santos", 11, 1),
            .fixed("All Souls' Day", "Dia de Finados", 11, 2),
            .fixed("National Youth Day", "Dia Nacional da Juventude", 11, 12),
            .fixed("Proclamation of Independence Day", "Dia da Proclamação da Independência", 11, 28, major: true),
            .fixed("Memorial Day", "Dia da Memória", 12, 7),
            .fixed("Immaculate Conception", "Dia de Nossa Senhora da Imaculada Conceição", 12, 8),
            .fixed("Christmas Day", "Dia de Natal", 12, 25, major: true),
            .fixed("National Heroes Day", "Dia dos Heróis Nacionais", 12, 31),
        ],
        substitution: nil,
        law: "Law 10/2005 on national holidays, as amended by Law 3/2016"
    )
}
