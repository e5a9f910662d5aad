#include "SampleVocabulary.h"

namespace cxsync::sandbox::detail {

// ---------------------------------------------------------------------------------------------------- names

const QList<Script> &scripts()
{
    static const QList<Script> all{
        // Latin, with and without diacritics
        {{{"Olivia", "olivia"},
          {"Liam", "liam"},
          {"Emma", "emma"},
          {"Noah", "noah"},
          {"Sophie", "sophie"},
          {"Lucas", "lucas"},
          {"Mia", "mia"},
          {"Elias", "elias"},
          {"Hannah", "hannah"},
          {"Jonas", "jonas"},
          {"Lea", "lea"},
          {"Felix", "felix"},
          {"Clara", "clara"},
          {"Paul", "paul"},
          {"Ida", "ida"},
          {"Oskar", "oskar"},
          {"Grace", "grace"},
          {"Oliver", "oliver"},
          {"Amelia", "amelia"},
          {"George", "george"},
          {"Isla", "isla"},
          {"Arthur", "arthur"},
          {"Freya", "freya"},
          {"Jack", "jack"},
          {"Chloé", "chloe"},
          {"Zoë", "zoe"},
          {"José", "jose"},
          {"Łukasz", "lukasz"},
          {"Björn", "bjorn"},
          {"Søren", "soren"},
          {"François", "francois"},
          {"Ünal", "unal"},
          {"Małgorzata", "malgorzata"},
          {"Jürgen", "jurgen"},
          {"Åsa", "asa"},
          {"Éloïse", "eloise"},
          {"Inês", "ines"},
          {"João", "joao"},
          {"Zoltán", "zoltan"},
          {"Ágnes", "agnes"},
          {"Priya", "priya"},
          {"Arjun", "arjun"},
          {"Aisha", "aisha"},
          {"Mateo", "mateo"},
          {"Valentina", "valentina"},
          {"Sebastián", "sebastian"},
          {"Renée", "renee"},
          {"Siobhán", "siobhan"},
          {"Seán", "sean"},
          {"Niamh", "niamh"},
          {"Olusegun", "olusegun"},
          {"Chiamaka", "chiamaka"},
          {"Tomás", "tomas"},
          {"Þóra", "thora"},
          {"Dagný", "dagny"},
          {"Nikolaj", "nikolaj"},
          {"Mei", "mei"},
          {"Wei", "wei"},
          {"Hiroshi", "hiroshi"},
          {"Yuki", "yuki"}},
         {{"Smith", "smith"},
          {"Jones", "jones"},
          {"Taylor", "taylor"},
          {"Brown", "brown"},
          {"Williams", "williams"},
          {"Wilson", "wilson"},
          {"Johnson", "johnson"},
          {"Davies", "davies"},
          {"Müller", "muller"},
          {"Schmidt", "schmidt"},
          {"Schneider", "schneider"},
          {"Fischer", "fischer"},
          {"Weber", "weber"},
          {"Meyer", "meyer"},
          {"Wagner", "wagner"},
          {"Becker", "becker"},
          {"Hoffmann", "hoffmann"},
          {"Schäfer", "schafer"},
          {"Koch", "koch"},
          {"Richter", "richter"},
          {"Dubois", "dubois"},
          {"Martin", "martin"},
          {"Bernard", "bernard"},
          {"Lefèvre", "lefevre"},
          {"Rossi", "rossi"},
          {"Russo", "russo"},
          {"Bianchi", "bianchi"},
          {"García", "garcia"},
          {"Fernández", "fernandez"},
          {"López", "lopez"},
          {"Martínez", "martinez"},
          {"Sánchez", "sanchez"},
          {"Pérez", "perez"},
          {"Nowak", "nowak"},
          {"Kowalski", "kowalski"},
          {"Wiśniewski", "wisniewski"},
          {"Dvořák", "dvorak"},
          {"Novák", "novak"},
          {"Horváth", "horvath"},
          {"Nagy", "nagy"},
          {"Kovács", "kovacs"},
          {"Jensen", "jensen"},
          {"Nielsen", "nielsen"},
          {"Hansen", "hansen"},
          {"Andersson", "andersson"},
          {"Johansson", "johansson"},
          {"Lindqvist", "lindqvist"},
          {"Ødegaard", "odegaard"},
          {"Virtanen", "virtanen"},
          {"Korhonen", "korhonen"},
          {"O'Brien", "obrien"},
          {"Murphy", "murphy"},
          {"Ó Súilleabháin", "osuilleabhain"},
          {"de Vries", "devries"},
          {"van Dijk", "vandijk"},
          {"Bakker", "bakker"},
          {"Silva", "silva"},
          {"Gonçalves", "goncalves"},
          {"Yılmaz", "yilmaz"},
          {"Demir", "demir"},
          {"Patel", "patel"},
          {"Sharma", "sharma"},
          {"Singh", "singh"},
          {"Nguyễn", "nguyen"},
          {"Tran", "tran"},
          {"Kim", "kim"},
          {"Park", "park"},
          {"Lee", "lee"}}},
        // Cyrillic
        {{{"Дмитрий", "dmitrij"}, {"Елена", "elena"}, {"Ольга", "olga"}, {"Сергей", "sergej"}},
         {{"Иванов", "ivanov"}, {"Петрова", "petrova"}, {"Смирнов", "smirnov"}, {"Кузнецова", "kuznecova"}}},
        // Arabic (right to left)
        {{{"يوسف", "yusuf"}, {"فاطمة", "fatima"}, {"عمر", "omar"}, {"مريم", "maryam"}},
         {{"الخطيب", "alkhatib"}, {"منصور", "mansour"}, {"ناصر", "nasser"}, {"العلي", "alali"}}},
        // Hebrew (right to left)
        {{{"נועה", "noa"}, {"דוד", "david"}, {"שרה", "sara"}, {"יונתן", "yonatan"}},
         {{"כהן", "cohen"}, {"לוי", "levi"}, {"מזרחי", "mizrahi"}, {"פרץ", "peretz"}}},
        // Japanese
        {{{"陽翔", "haruto"}, {"結衣", "yui"}, {"蓮", "ren"}, {"美咲", "misaki"}},
         {{"佐藤", "sato"}, {"鈴木", "suzuki"}, {"高橋", "takahashi"}, {"田中", "tanaka"}}},
    };
    return all;
}

const QList<NamePart> &resourceKinds()
{
    static const QList<NamePart> kinds{{"Room", "room"},
                                       {"Meeting Room", "meetingroom"},
                                       {"Projector", "projector"},
                                       {"Pool Car", "poolcar"}};
    return kinds;
}

const QList<NamePart> &resourcePlaces()
{
    static const QList<NamePart> places{
        {"Lisbon", "lisbon"},   {"Oslo", "oslo"},     {"Kraków", "krakow"},       {"Zürich", "zurich"},
        {"Malmö", "malmo"},     {"Genève", "geneve"}, {"Dublin", "dublin"},       {"Porto", "porto"},
        {"Tallinn", "tallinn"}, {"Gdańsk", "gdansk"}, {"Reykjavík", "reykjavik"}, {"Brno", "brno"},
        {"Sevilla", "sevilla"}, {"Napoli", "napoli"}, {"Bergen", "bergen"},       {"Turku", "turku"}};
    return places;
}

// ---------------------------------------------------------------------------------------------------- texts

const QStringList &plainSubjects()
{
    static const QStringList list{
        QStringLiteral("Quarterly review"),
        QStringLiteral("Project kickoff"),
        QStringLiteral("1:1"),
        QStringLiteral("Customer call - Fabrikam"),
        QStringLiteral("Budget planning"),
        QStringLiteral("Sales pipeline review"),
        QStringLiteral("Onboarding session"),
        QStringLiteral("Lunch with partner"),
        QStringLiteral("Contract negotiation"),
        QStringLiteral("Product demo"),
        QStringLiteral("Team stand-up"),
        QStringLiteral("Dentist"),
        QStringLiteral("Training: CRM basics"),
        QStringLiteral("Site visit"),
        QStringLiteral("Interview"),
        QStringLiteral("Board meeting prep"),
        QStringLiteral("Release retrospective"),
        QStringLiteral("Support escalation"),
        QStringLiteral("Webinar dry run"),
        QStringLiteral("Follow-up: renewal & pricing <draft>"),
    };
    return list;
}

const QStringList &unicodeSubjects()
{
    static const QStringList list{
        u8("Überprüfung der Verträge"),
        u8("Réunion d'équipe — café ☕"),
        u8("Revisión trimestral – señor Muñoz"),
        u8("Spotkanie z klientem: Łódź"),
        u8("Møde om årsregnskab"),
        u8("四半期レビュー会議"),
        u8("Встреча с партнёрами"),
        u8("Kick-off 🚀 new product"),
        u8("Ελληνική παρουσίαση"),
        u8("Çalışma toplantısı"),
        u8("Zoë's farewell 🎉"),
        u8("Tiết kiệm chi phí"),
    };
    return list;
}

const QStringList &rightToLeftSubjects()
{
    static const QStringList list{
        u8("اجتماع مراجعة الميزانية"), u8("مكالمة مع العميل"),
        u8("פגישת צוות שבועית"),       u8("סקירת חוזים"),
        u8("عرض المنتج الجديد"),       u8("Review: تقرير الربع الثالث"),
    };
    return list;
}

const QStringList &sentences()
{
    static const QStringList list{
        QStringLiteral("Please bring the latest figures."),
        QStringLiteral("Dial-in details follow in a separate mail."),
        QStringLiteral("We will go through the open action items from last time."),
        u8("Bitte die Unterlagen vorab lesen – danke!"),
        u8("Merci de confirmer votre présence."),
        u8("الرجاء تأكيد الحضور."),
        u8("נא להביא מחשב נייד."),
        QStringLiteral("Parking is available behind the building (gate code 4711)."),
        QStringLiteral("Agenda attached; questions welcome beforehand."),
        u8("議事録は後ほど共有します。"),
        QStringLiteral("Tabs\tand \"quotes\" and <angle brackets> & ampersands survive the round trip."),
    };
    return list;
}

const QStringList &locations()
{
    static const QStringList list{
        QString(),
        QString(),
        QStringLiteral("Teams"),
        QStringLiteral("Boardroom Orion"),
        u8("Zürich HQ, 3rd floor"),
        u8("Café Müller"),
        QStringLiteral("+1 555 0100"),
        QStringLiteral("Online"),
        u8("مكتب دبي"),
        u8("תל אביב"),
        QStringLiteral("Sydney office"),
        u8("Bengaluru – Tower B"),
    };
    return list;
}

const QStringList &externalDomains()
{
    static const QStringList list{QStringLiteral("fabrikam.example"), QStringLiteral("northwind.example"),
                                  QStringLiteral("adatum.example")};
    return list;
}

// ---------------------------------------------------------------------------------------------------- zones

const QStringList &zoneNames()
{
    static const QStringList list{QStringLiteral("W. Europe Standard Time"),
                                  QStringLiteral("GMT Standard Time"),
                                  QStringLiteral("Eastern Standard Time"),
                                  QStringLiteral("Pacific Standard Time"),
                                  QStringLiteral("India Standard Time"),
                                  QStringLiteral("AUS Eastern Standard Time"),
                                  QStringLiteral("UTC")};
    return list;
}

} // namespace cxsync::sandbox::detail
