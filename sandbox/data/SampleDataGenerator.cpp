#include "SampleDataGenerator.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <initializer_list>
#include <random>

namespace cxsync::sandbox {

namespace {

using Origin = SampleAppointment::Origin;

// std::mt19937_64's output is fixed by the standard; the distributions are not, so draws are done here.
class Rng {
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}

    // Uniform in [0, n) for n > 0, unbiased (values below 2^64 mod n are rejected).
    quint64 below(quint64 n)
    {
        const quint64 threshold = (quint64(0) - n) % n;
        quint64 x = m_engine();
        while (x < threshold)
            x = m_engine();
        return x % n;
    }
    // Uniform in [lo, hi].
    int range(int lo, int hi) { return lo + int(below(quint64(qint64(hi) - lo) + 1)); }
    bool percent(int p) { return below(100) < quint64(p); }
    // An index drawn with the given relative weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int x = int(below(quint64(total)));
        int index = 0;
        for (int w : weights) {
            if (x < w)
                return index;
            x -= w;
            ++index;
        }
        return index - 1;
    }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(below(quint64(list.size()))));
    }

private:
    std::mt19937_64 m_engine;
};

QString u8(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// ---------------------------------------------------------------------------------------------------- names

struct NamePart {
    const char *text;
    const char *ascii; // lower-case ASCII transliteration, used for logons and addresses
};

struct Script {
    QList<NamePart> given;
    QList<NamePart> surnames;
};

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

// Case- and accent-insensitive identity of a name: what a lenient first + last name match would compare.
QString nameKey(const QString &given, const QString &surname)
{
    QString key;
    for (const QString &part : {given, surname}) {
        const QString decomposed = part.normalized(QString::NormalizationForm_KD).toCaseFolded();
        for (QChar c : decomposed) {
            if (c.category() != QChar::Mark_NonSpacing)
                key.append(c);
        }
        key.append(QChar(u'|'));
    }
    return key;
}

// ---------------------------------------------------------------------------------------------------- users

enum class Category {
    Sync,
    ByEmail,
    ByNameOnly,
    ByAlias,
    ExchangeOnly,
    CrmOnly,
    DisabledExchange,
    Ambiguous,
    CrmResource,
    DisabledCrm,
};

const QString kDomain = QStringLiteral("contoso.example");

class UserBuilder {
public:
    UserBuilder(Rng &rng, SampleData &data) : m_rng(rng), m_data(data) {}

    void build(int count)
    {
        // Special people, in priority order; the ambiguous pair counts as two.
        const QList<Category> special{
            Category::Sync,         Category::ByEmail,    Category::ByNameOnly,       Category::ByAlias,
            Category::ExchangeOnly, Category::CrmOnly,    Category::DisabledExchange, Category::Ambiguous,
            Category::CrmResource,  Category::DisabledCrm};
        for (Category category : special) {
            const int remaining = count - int(m_data.users.size());
            if (remaining <= 0)
                break;
            switch (category) {
            case Category::Sync:
                addSync();
                break;
            case Category::ByEmail:
                add(Category::ByEmail, {"Zoë", "zoe"}, {"Ångström", "angstrom"});
                m_data.users.last().crmEmail = QStringLiteral("Zoe.Angstrom@Contoso.Example");
                break;
            case Category::ByNameOnly:
                add(Category::ByNameOnly, {"ليلى", "layla"}, {"حداد", "haddad"});
                m_data.users.last().crmEmail.clear();
                break;
            case Category::ByAlias:
                add(Category::ByAlias, {"Łukasz", "lukasz"}, {"Żółw", "zolw"});
                break;
            case Category::ExchangeOnly:
                add(Category::ExchangeOnly, {"José", "jose"}, {"Núñez", "nunez"});
                break;
            case Category::CrmOnly:
                add(Category::CrmOnly, {"Søren", "soren"}, {"Kjær", "kjaer"});
                break;
            case Category::DisabledExchange:
                add(Category::DisabledExchange, {"Chloé", "chloe"}, {"Dubois", "dubois"});
                if (count == 10) // no room for a separate disabled CRM user: she left on both sides
                    m_data.users.last().crmDisabled = true;
                break;
            case Category::Ambiguous:
                if (remaining < 2)
                    break; // does not fit; the next categories might
                add(Category::Ambiguous, {"Anna", "anna"}, {"Berg", "berg"});
                m_data.users.last().crmEmail.clear();
                add(Category::Ambiguous, {"Anna", "anna"}, {"Berg", "berg"}, /*allowDuplicateName=*/true);
                m_data.users.last().crmEmail = QStringLiteral("a.berg@crm.") + kDomain;
                break;
            case Category::CrmResource:
                add(Category::CrmResource, {"Boardroom", "boardroom"}, {"Orion", "orion"});
                break;
            case Category::DisabledCrm:
                add(Category::DisabledCrm, {"Björn", "bjorn"}, {"Öberg", "oberg"});
                break;
            }
        }
        while (m_data.users.size() < count)
            addRandom();
    }

private:
    void addSync()
    {
        SampleUser u;
        u.key = nextKey();
        u.givenName = QStringLiteral("CRM");
        u.surname = QStringLiteral("Synchronization");
        u.displayName = QStringLiteral("CRM Synchronization");
        u.hasMailbox = false;
        u.hasCrmUser = true;
        u.crmLogon = uniqueLogon(QStringLiteral("crmsync"));
        u.crmEmail = reserveAddress(QStringLiteral("crm-sync"), kDomain);
        u.crmFirstName = u.givenName;
        u.crmLastName = u.surname;
        u.crmExternalLogon = true;
        m_names.insert(nameKey(u.givenName, u.surname));
        m_data.syncUserKey = u.key;
        QString password;
        for (int i = 0; i < 16; ++i)
            password.append(QChar(char16_t(m_rng.range(0x21, 0x7e))));
        m_data.syncUserPassword = password;
        m_data.users.append(u);
    }

    void addRandom()
    {
        const int pick = m_rng.weighted({500, 80, 70, 150, 150, 20, 15, 15});
        static const Category byWeight[] = {
            Category::ByEmail, Category::ByNameOnly,       Category::ByAlias,     Category::ExchangeOnly,
            Category::CrmOnly, Category::DisabledExchange, Category::CrmResource, Category::DisabledCrm};
        const Category category = byWeight[pick];
        NamePart given{};
        NamePart surname{};
        bool unique = false;
        for (int attempt = 0; attempt < 40 && !unique; ++attempt) {
            if (category == Category::CrmResource) {
                given = m_rng.pick(resourceKinds());
                surname = m_rng.pick(resourcePlaces());
            } else {
                const int script = m_rng.weighted({90, 3, 3, 2, 2});
                given = m_rng.pick(scripts().at(script).given);
                surname = m_rng.pick(scripts().at(script).surnames);
            }
            unique = !m_names.contains(nameKey(u8(given.text), u8(surname.text)));
        }
        if (!unique) {
            // Pools exhausted (very large N): double-barrelled Latin surnames, then numbered ones.
            const Script &latin = scripts().first();
            for (int n = 0; !unique; ++n) {
                const NamePart a = m_rng.pick(latin.surnames);
                const NamePart b = m_rng.pick(latin.surnames);
                QString text = u8(a.text) + QChar(u'-') + u8(b.text);
                QString ascii = QString::fromLatin1(a.ascii) + QString::fromLatin1(b.ascii);
                if (n >= 40) {
                    text += QStringLiteral(" %1").arg(n);
                    ascii += QString::number(n);
                }
                if (!m_names.contains(nameKey(u8(given.text), text))) {
                    addWith(category, u8(given.text), QString::fromLatin1(given.ascii), text, ascii, false);
                    return;
                }
            }
        }
        addWith(category, u8(given.text), QString::fromLatin1(given.ascii), u8(surname.text),
                QString::fromLatin1(surname.ascii), false);
        // Random people vary the CRM side a little.
        SampleUser &u = m_data.users.last();
        if (category == Category::ByEmail && m_rng.percent(25))
            u.crmEmail = caseVariant(u.crmEmail);
        if (category == Category::ByAlias && m_rng.percent(25))
            u.crmEmail = caseVariant(u.crmEmail);
        if (category == Category::ByNameOnly) {
            if (m_rng.percent(50))
                u.crmEmail.clear();
            const int variant = m_rng.weighted({50, 30, 20});
            if (variant == 1) { // accents dropped, as typed on a US keyboard
                u.crmFirstName = capitalized(QString::fromLatin1(given.ascii));
                u.crmLastName = capitalized(QString::fromLatin1(surname.ascii));
                if (nameKey(u.crmFirstName, u.crmLastName) != nameKey(u.givenName, u.surname)) {
                    u.crmFirstName = u.givenName; // transliteration, not just accents: keep the name
                    u.crmLastName = u.surname;
                }
            } else if (variant == 2) {
                u.crmLastName = u.surname.toUpper();
            }
        }
    }

    void add(Category category, NamePart given, NamePart surname, bool allowDuplicateName = false)
    {
        addWith(category, u8(given.text), QString::fromLatin1(given.ascii), u8(surname.text),
                QString::fromLatin1(surname.ascii), allowDuplicateName);
    }

    void addWith(Category category, const QString &given, const QString &givenAscii, const QString &surname,
                 const QString &surnameAscii, bool allowDuplicateName)
    {
        const QString key = nameKey(given, surname);
        Q_ASSERT(allowDuplicateName || !m_names.contains(key));
        Q_UNUSED(allowDuplicateName)
        m_names.insert(key);

        SampleUser u;
        u.key = nextKey();
        u.givenName = given;
        u.surname = surname;
        u.displayName = given + QChar(u' ') + surname;

        const bool mailbox = category != Category::CrmOnly;
        const bool crm = category != Category::ExchangeOnly;
        u.hasMailbox = mailbox;
        u.hasCrmUser = crm;
        if (mailbox) {
            u.mail = reserveAddress(givenAscii + QChar(u'.') + surnameAscii, kDomain);
            u.accountEnabled = category != Category::DisabledExchange;
        }
        if (category == Category::ByAlias) {
            u.aliases.append(reserveAddress(givenAscii.left(1) + QChar(u'.') + surnameAscii, kDomain));
            u.aliases.append(
                reserveAddress(givenAscii + QChar(u'.') + surnameAscii, QStringLiteral("sales.") + kDomain));
        }
        if (crm) {
            u.crmLogon = uniqueLogon(givenAscii.left(1) + surnameAscii);
            u.crmFirstName = given;
            u.crmLastName = surname;
            u.crmResource = category == Category::CrmResource;
            u.crmDisabled = category == Category::DisabledCrm;
            switch (category) {
            case Category::ByAlias:
                u.crmEmail = u.aliases.at(qsizetype(m_rng.below(quint64(u.aliases.size()))));
                break;
            case Category::ByNameOnly:
            case Category::Ambiguous:
                // An address no mailbox has: only first + last name can match.
                u.crmEmail =
                    reserveAddress(givenAscii + QChar(u'.') + surnameAscii, QStringLiteral("crm.") + kDomain);
                break;
            case Category::CrmOnly:
                u.crmEmail = reserveAddress(givenAscii + QChar(u'.') + surnameAscii, kDomain);
                break;
            default:
                u.crmEmail = u.mail;
                break;
            }
        }
        m_data.users.append(u);
    }

    QString nextKey() const { return QStringLiteral("u%1").arg(m_data.users.size() + 1, 4, 10, QChar(u'0')); }

    QString uniqueLogon(const QString &base)
    {
        QString logon = base;
        for (int n = 2; m_logons.contains(logon); ++n)
            logon = base + QString::number(n);
        m_logons.insert(logon);
        return logon;
    }

    // A new address (compared case-insensitively with every address handed out so far).
    QString reserveAddress(const QString &local, const QString &domain)
    {
        QString address = local + QChar(u'@') + domain;
        for (int n = 2; m_addresses.contains(address.toLower()); ++n)
            address = local + QString::number(n) + QChar(u'@') + domain;
        m_addresses.insert(address.toLower());
        return address;
    }

    static QString capitalized(const QString &s) { return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1); }

    QString caseVariant(const QString &address)
    {
        switch (m_rng.range(0, 2)) {
        case 0:
            return address.toUpper();
        case 1: {
            QString out = address;
            bool start = true;
            for (QChar &c : out) {
                if (start)
                    c = c.toUpper();
                start = c == u'.' || c == u'@';
            }
            return out;
        }
        default: {
            const qsizetype at = address.indexOf(QChar(u'@'));
            return address.left(at).toUpper() + address.mid(at);
        }
        }
    }

    Rng &m_rng;
    SampleData &m_data;
    QSet<QString> m_names;
    QSet<QString> m_logons;
    QSet<QString> m_addresses;
};

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

// Index order matters: the fixed cases below walk through all of them.
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

// ----------------------------------------------------------------------------------------------------
// appointments

enum class Kind { Timed, AllDay };
enum class Attendance { Alone, Meeting, MeetingWithExternal };
enum class Repeat { None, Daily, Weekly, DstWeekly, DstSingle };
enum class SubjectStyle { Plain, Unicode, RightToLeft, Empty };
enum class BodyStyle { Empty, Short, MultiLine, Long };

struct Spec {
    Origin origin = Origin::Exchange;
    Kind kind = Kind::Timed;
    Attendance attendance = Attendance::Alone;
    Repeat repeat = Repeat::None;
    SubjectStyle subject = SubjectStyle::Plain;
    BodyStyle body = BodyStyle::Short;
    bool isPrivate = false;
    bool reminderOn = true;
    int reminderMinutes = 15;
    QString status = QStringLiteral("Pending");
    int zone = 0;
};

// A weekly series (or a single item) that crosses a daylight-saving transition.
struct DstPlan {
    int zone = -1;
    QDateTime start; // first occurrence
    int minutes = 60;
    int interval = 1;
    int occurrences = 0; // 0: a single item
    Qt::DayOfWeek day = Qt::Monday;
};

class AppointmentBuilder {
public:
    AppointmentBuilder(Rng &rng, SampleData &data, const QDateTime &nowUtc)
        : m_rng(rng), m_data(data), m_now(nowUtc.toUTC()),
          m_windowStart(SampleDataGenerator::windowStart(nowUtc)),
          m_windowEnd(SampleDataGenerator::windowEnd(nowUtc))
    {
        for (const QString &name : zoneNames())
            m_zones.append(SampleDataGenerator::timeZoneFor(name));
        for (const SampleUser &u : m_data.users) {
            const bool isSync = u.key == m_data.syncUserKey;
            if (u.hasMailbox && u.accountEnabled) {
                m_mailboxes.append(u.key);
                if (!u.crmResource)
                    m_exchangeOrganizers.append(u.key);
            }
            if (u.hasCrmUser && !u.crmDisabled && !isSync) {
                m_crmUsers.append(u.key);
                if (!u.crmResource)
                    m_crmOrganizers.append(u.key);
            }
            const bool exchangeUsable = u.hasMailbox && u.accountEnabled;
            const bool crmUsable = u.hasCrmUser && !u.crmDisabled && !isSync;
            if (exchangeUsable && crmUsable && !u.crmResource)
                m_bothPeople.append(u.key);
            else if (exchangeUsable && !u.hasCrmUser)
                m_exchangeOnly.append(u.key);
            else if (crmUsable && !u.hasMailbox)
                m_crmOnly.append(u.key);
        }
        if (m_crmOrganizers.isEmpty() && !m_data.syncUserKey.isEmpty())
            m_crmOrganizers.append(m_data.syncUserKey); // tiny worlds: the sync user is the only CRM user
    }

    void build(int count)
    {
        if (m_exchangeOrganizers.isEmpty() && m_crmOrganizers.isEmpty())
            return; // no users at all
        m_dstSeries = planDstSeries();
        m_dstSingle = planDstSingle();
        int exchangeAhead = 0; // Exchange-origin minus CRM-origin items so far
        for (int i = 0; i < count; ++i) {
            Spec spec = randomSpec(exchangeAhead);
            applyCase(i, spec);
            m_data.appointments.append(make(i, spec));
            exchangeAhead += m_data.appointments.last().origin == Origin::Exchange ? 1 : -1;
        }
    }

private:
    Spec randomSpec(int exchangeAhead)
    {
        Spec s;
        // About half from each side, nudged towards the side that is behind.
        s.origin = m_rng.percent(exchangeAhead > 0   ? 25
                                 : exchangeAhead < 0 ? 75
                                                     : 50)
                       ? Origin::Exchange
                       : Origin::Crm;
        s.kind = m_rng.percent(12) ? Kind::AllDay : Kind::Timed;
        if (m_rng.percent(35))
            s.attendance = m_rng.percent(30) ? Attendance::MeetingWithExternal : Attendance::Meeting;
        if (s.kind == Kind::Timed && m_rng.percent(24)) // only Exchange-origin items keep it (see fix())
            s.repeat = m_rng.percent(40) ? Repeat::Daily : Repeat::Weekly;
        s.subject = SubjectStyle(m_rng.weighted({70, 15, 7, 8}));
        s.body = BodyStyle(m_rng.weighted({20, 45, 25, 10}));
        s.isPrivate = m_rng.percent(8);
        s.reminderOn = m_rng.percent(75);
        static const int minutes[] = {0, 5, 15, 30, 60, 1440};
        s.reminderMinutes = s.reminderOn ? minutes[m_rng.weighted({5, 10, 50, 15, 15, 5})] : 15;
        static const char *const statuses[] = {"Pending", "In Progress", "Complete", "Canceled"};
        s.status = QString::fromLatin1(statuses[m_rng.weighted({70, 10, 15, 5})]);
        s.zone = m_rng.weighted({30, 15, 15, 10, 10, 10, 10});
        return s;
    }

    // The documented cases, one per index, so that even a few dozen items show every one of them.
    void applyCase(int index, Spec &s)
    {
        auto ex = [&s] { s.origin = Origin::Exchange; };
        auto crm = [&s] { s.origin = Origin::Crm; };
        auto single = [&s] {
            s.kind = Kind::Timed;
            s.attendance = Attendance::Alone;
            s.repeat = Repeat::None;
        };
        if (index < zoneNames().size())
            s.zone = index;
        static const int minutes[] = {0, 5, 15, 30, 60, 1440};
        if (index < 6) {
            s.reminderOn = true;
            s.reminderMinutes = minutes[index];
        } else if (index == 6) {
            s.reminderOn = false;
            s.reminderMinutes = 15;
        }
        switch (index) {
        case 0:
            ex();
            single();
            break;
        case 1:
            crm();
            single();
            break;
        case 2:
            ex();
            single();
            s.kind = Kind::AllDay;
            break;
        case 3:
            crm();
            single();
            s.kind = Kind::AllDay;
            break;
        case 4:
            ex();
            single();
            s.attendance = Attendance::MeetingWithExternal;
            break;
        case 5:
            crm();
            single();
            s.attendance = Attendance::Meeting;
            break;
        case 6:
            ex();
            single();
            s.repeat = Repeat::Weekly;
            break;
        case 7:
            ex();
            single();
            s.repeat = Repeat::Daily;
            break;
        case 8:
            ex();
            single();
            s.repeat = Repeat::DstWeekly;
            s.attendance = Attendance::Meeting;
            break;
        case 9:
            ex();
            s.subject = SubjectStyle::Unicode;
            break;
        case 10:
            crm();
            s.subject = SubjectStyle::RightToLeft;
            break;
        case 11:
            ex();
            s.body = BodyStyle::Long;
            break;
        case 12:
            crm();
            s.body = BodyStyle::Long;
            break;
        case 13:
            ex();
            s.isPrivate = true;
            break;
        case 14:
            crm();
            s.subject = SubjectStyle::Empty;
            break;
        case 15:
            crm();
            s.status = QStringLiteral("In Progress");
            break;
        case 16:
            crm();
            s.status = QStringLiteral("Complete");
            break;
        case 17:
            crm();
            s.status = QStringLiteral("Canceled");
            break;
        case 18:
            ex();
            s.subject = SubjectStyle::RightToLeft;
            break;
        case 19:
            crm();
            s.subject = SubjectStyle::Unicode;
            s.isPrivate = true;
            break;
        case 20:
            ex();
            single();
            s.repeat = Repeat::DstSingle;
            break;
        default:
            break;
        }
        if (index >= 15 && index <= 17)
            s.subject = SubjectStyle::Plain;
    }

    // Brings a spec in line with the world: sides without organizers, CRM items never recur, etc.
    void fix(Spec &s) const
    {
        if (s.origin == Origin::Exchange && m_exchangeOrganizers.isEmpty())
            s.origin = Origin::Crm;
        if (s.origin == Origin::Crm && m_crmOrganizers.isEmpty())
            s.origin = Origin::Exchange;
        if (s.origin == Origin::Crm || s.kind == Kind::AllDay)
            s.repeat = Repeat::None;
        if (s.repeat == Repeat::DstWeekly && m_dstSeries.zone < 0)
            s.repeat = Repeat::Weekly;
        if (s.repeat == Repeat::DstSingle && m_dstSingle.zone < 0)
            s.repeat = Repeat::None;
        if (s.origin == Origin::Exchange) {
            s.status = QStringLiteral("Pending");
            if (s.subject == SubjectStyle::Empty)
                s.subject = SubjectStyle::Plain;
        }
        if (s.origin == Origin::Crm && s.attendance == Attendance::MeetingWithExternal)
            s.attendance = Attendance::Meeting;
    }

    SampleAppointment make(int index, Spec s)
    {
        fix(s);
        SampleAppointment a;
        a.key = QStringLiteral("a%1").arg(index + 1, 4, 10, QChar(u'0'));
        a.origin = s.origin;
        const bool exchange = s.origin == Origin::Exchange;
        a.organizerKey = m_rng.pick(exchange ? m_exchangeOrganizers : m_crmOrganizers);
        if (index < kFixedCases && s.attendance != Attendance::Alone && !m_bothPeople.isEmpty())
            a.organizerKey = m_rng.pick(m_bothPeople); // leaves the one-side-only people free to attend

        if (s.attendance != Attendance::Alone) {
            const QStringList &pool = exchange ? m_mailboxes : m_crmUsers;
            if (index < kFixedCases) {
                // The documented mix: someone in both systems and someone only on the organizer's side.
                for (const QStringList *group : {&m_bothPeople, exchange ? &m_exchangeOnly : &m_crmOnly}) {
                    for (const QString &key : *group) {
                        if (key != a.organizerKey) {
                            a.attendeeKeys.append(key);
                            break;
                        }
                    }
                }
            }
            const int wanted = std::max(int(a.attendeeKeys.size()), m_rng.range(1, 5));
            for (int attempt = 0; !pool.isEmpty() && attempt < wanted * 4 && a.attendeeKeys.size() < wanted;
                 ++attempt) {
                const QString &key = m_rng.pick(pool);
                if (key != a.organizerKey && !a.attendeeKeys.contains(key))
                    a.attendeeKeys.append(key);
            }
            if (exchange && s.attendance == Attendance::MeetingWithExternal) {
                const int externals = m_rng.range(1, 2);
                for (int e = 0; e < externals; ++e) {
                    const Script &latin = scripts().first();
                    const QString address = QString::fromLatin1(m_rng.pick(latin.given).ascii) + QChar(u'.') +
                                            QString::fromLatin1(m_rng.pick(latin.surnames).ascii) +
                                            QChar(u'@') + m_rng.pick(externalDomains());
                    if (!a.externalAttendees.contains(address))
                        a.externalAttendees.append(address);
                }
            }
        }

        a.timeZone = zoneNames().at(s.zone);
        if (s.repeat == Repeat::DstWeekly || s.repeat == Repeat::DstSingle) {
            const DstPlan &plan = s.repeat == Repeat::DstWeekly ? m_dstSeries : m_dstSingle;
            a.timeZone = zoneNames().at(plan.zone);
            a.start = plan.start;
            a.end = plan.start.addSecs(qint64(plan.minutes) * 60);
            if (plan.occurrences > 0) {
                SampleRecurrence r;
                r.pattern = QStringLiteral("weekly");
                r.interval = plan.interval;
                r.daysOfWeek = {plan.day};
                r.occurrences = plan.occurrences;
                a.recurrence = r;
            }
        } else {
            place(a, s, m_zones.at(s.zone));
        }

        fillTexts(a, s);
        a.location = s.kind == Kind::AllDay ? QString() : m_rng.pick(locations());
        a.isAllDay = s.kind == Kind::AllDay;
        a.isPrivate = s.isPrivate;
        a.reminderOn = s.reminderOn;
        a.reminderMinutes = s.reminderMinutes;
        a.crmStatus = s.status;
        return a;
    }

    // Start, end and recurrence inside the window, at valid local times of the zone.
    void place(SampleAppointment &a, const Spec &s, const QTimeZone &tz)
    {
        const QDate today = m_now.toTimeZone(tz).date();
        std::optional<SampleRecurrence> recurrence;
        if (s.repeat == Repeat::Daily) {
            SampleRecurrence r;
            r.pattern = QStringLiteral("daily");
            r.interval = m_rng.range(1, 2);
            r.occurrences = m_rng.range(3, 8);
            recurrence = r;
        } else if (s.repeat == Repeat::Weekly) {
            SampleRecurrence r;
            r.pattern = QStringLiteral("weekly");
            r.occurrences = m_rng.range(3, 8);
            r.interval = m_rng.range(1, 2);
            recurrence = r;
        }
        const int allDayDays = m_rng.weighted({80, 12, 8}) + 1;
        const int minutes = 15 * (m_rng.weighted({10, 35, 10, 30, 5, 6, 2, 2}) + 1); // 15 min .. 2 h
        const bool twoDays =
            recurrence && recurrence->pattern == QLatin1String("weekly") && m_rng.percent(25);
        const int secondDay = m_rng.range(1, 6);

        for (int attempt = 0;; ++attempt) {
            const int offset = attempt < 100 ? m_rng.range(-kDays, kDays) : 0;
            const QDate date = today.addDays(offset);
            if (s.kind == Kind::AllDay) {
                a.start = QDateTime(date, QTime(0, 0), tz);
                a.end = QDateTime(date.addDays(allDayDays), QTime(0, 0), tz);
            } else {
                const QTime time = QTime(7, 0).addSecs(60 * 15 * m_rng.range(0, 48)); // 07:00 .. 19:00
                a.start = QDateTime(date, time, tz);
                if (a.start.time() != time)
                    continue; // in a gap (not with these hours and zones, but be safe)
                a.end = a.start.addSecs(qint64(minutes) * 60);
            }
            a.recurrence.reset();
            if (recurrence) {
                SampleRecurrence r = *recurrence;
                if (r.pattern == QLatin1String("weekly")) {
                    r.daysOfWeek = {Qt::DayOfWeek(date.dayOfWeek())};
                    if (twoDays) {
                        r.interval = 1; // keeps the occurrences independent of the week's first day
                        r.daysOfWeek.append(Qt::DayOfWeek((date.dayOfWeek() - 1 + secondDay) % 7 + 1));
                        std::sort(r.daysOfWeek.begin(), r.daysOfWeek.end());
                    }
                }
                a.recurrence = r;
            }
            const QDateTime lastEnd =
                SampleDataGenerator::lastOccurrenceStart(a).addSecs(a.start.secsTo(a.end));
            if ((a.start >= m_windowStart && lastEnd <= m_windowEnd) || attempt >= 100)
                return;
        }
    }

    void fillTexts(SampleAppointment &a, const Spec &s)
    {
        QString subject;
        switch (s.subject) {
        case SubjectStyle::Plain:
        case SubjectStyle::Empty:
            subject = m_rng.pick(plainSubjects());
            break;
        case SubjectStyle::Unicode:
            subject = m_rng.pick(unicodeSubjects());
            break;
        case SubjectStyle::RightToLeft:
            subject = m_rng.pick(rightToLeftSubjects());
            break;
        }
        if (s.repeat == Repeat::DstWeekly || s.repeat == Repeat::DstSingle)
            subject += QStringLiteral(" (across the clock change)");
        else if (a.recurrence)
            subject = (a.recurrence->pattern == QLatin1String("daily") ? QStringLiteral("Daily: ")
                                                                       : QStringLiteral("Weekly: ")) +
                      subject;

        QString body;
        switch (s.body) {
        case BodyStyle::Empty:
            break;
        case BodyStyle::Short:
            body = m_rng.pick(sentences());
            break;
        case BodyStyle::MultiLine:
            body = multiLine(m_rng.range(2, 6));
            break;
        case BodyStyle::Long:
            body = longBody();
            break;
        }
        if (s.subject == SubjectStyle::Empty) {
            // CRM: the first line of the details becomes the subject on the Exchange side.
            a.subject.clear();
            a.body = subject + QChar(u'\n') + (body.isEmpty() ? multiLine(m_rng.range(1, 3)) : body);
        } else {
            a.subject = subject;
            a.body = body;
        }
    }

    QString multiLine(int lines)
    {
        QString text = QStringLiteral("Agenda:");
        for (int i = 1; i <= lines; ++i)
            text += QStringLiteral("\n%1. ").arg(i) + m_rng.pick(sentences());
        return text;
    }

    QString longBody()
    {
        const int target = 4096 + m_rng.range(0, 4000);
        QString text;
        for (int paragraph = 1; text.size() < target; ++paragraph) {
            if (!text.isEmpty())
                text += QStringLiteral("\n\n");
            text += QStringLiteral("Section %1\n").arg(paragraph);
            const int lines = m_rng.range(3, 8);
            for (int l = 0; l < lines; ++l) {
                if (l > 0)
                    text += QChar(u'\n');
                text += m_rng.pick(sentences());
                if (m_rng.percent(30))
                    text += QChar(u' ') + m_rng.pick(unicodeSubjects());
            }
        }
        return text;
    }

    // A weekly series with occurrences on both sides of a transition: in the whole window when possible
    // ("W. Europe Standard Time" first), else starting in it with later occurrences after the window.
    DstPlan planDstSeries()
    {
        const int order[] = {0, 1, 2, 3, 5};
        for (int pass = 0; pass < 2; ++pass) {
            for (int zone : order) {
                const QTimeZone &tz = m_zones.at(zone);
                QList<DstPlan> candidates;
                const auto transitions = tz.transitions(m_windowStart, m_windowEnd.addDays(120));
                for (const QTimeZone::OffsetData &t : transitions) {
                    const QDate sunday = t.atUtc.toTimeZone(tz).date();
                    for (int interval = 1; interval <= 2; ++interval) {
                        for (int occurrences = 3; occurrences <= 8; ++occurrences) {
                            for (int after = 1; after < occurrences; ++after) {
                                for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
                                    int ahead = (day - sunday.dayOfWeek() + 7) % 7;
                                    if (ahead == 0)
                                        ahead = 7;
                                    const QDate firstAfter = sunday.addDays(ahead);
                                    const QDate first = firstAfter.addDays(-7LL * interval * after);
                                    DstPlan plan;
                                    plan.zone = zone;
                                    plan.start = QDateTime(first, QTime(10, 0), tz);
                                    plan.interval = interval;
                                    plan.occurrences = occurrences;
                                    plan.day = Qt::DayOfWeek(day);
                                    const QDateTime lastEnd = QDateTime(
                                        first.addDays(7LL * interval * (occurrences - 1)), QTime(11, 0), tz);
                                    const bool startInside = plan.start >= m_windowStart &&
                                                             plan.start.addSecs(3600) <= m_windowEnd;
                                    if (startInside && (pass == 1 || lastEnd <= m_windowEnd))
                                        candidates.append(plan);
                                }
                            }
                        }
                    }
                }
                if (!candidates.isEmpty())
                    return m_rng.pick(candidates);
            }
        }
        return {};
    }

    // A single item on a transition day, 00:30 local for four hours, when a transition lies in the window.
    DstPlan planDstSingle() const
    {
        const int order[] = {0, 1, 2, 3, 5};
        for (int zone : order) {
            const QTimeZone &tz = m_zones.at(zone);
            const auto transitions = tz.transitions(m_windowStart, m_windowEnd);
            for (const QTimeZone::OffsetData &t : transitions) {
                DstPlan plan;
                plan.zone = zone;
                plan.start = QDateTime(t.atUtc.toTimeZone(tz).date(), QTime(0, 30), tz);
                plan.minutes = 240;
                if (plan.start >= m_windowStart && plan.start.addSecs(240 * 60) <= m_windowEnd &&
                    plan.start.addSecs(240 * 60).offsetFromUtc() != plan.start.offsetFromUtc())
                    return plan;
            }
        }
        return {};
    }

    static constexpr int kDays = SampleDataGenerator::kWindowDays;
    static constexpr int kFixedCases = 21;

    Rng &m_rng;
    SampleData &m_data;
    QDateTime m_now;
    QDateTime m_windowStart;
    QDateTime m_windowEnd;
    QList<QTimeZone> m_zones;
    QStringList m_mailboxes;          // Exchange-origin attendees
    QStringList m_exchangeOrganizers; // enabled mailboxes of people
    QStringList m_crmUsers;           // CRM-origin attendees
    QStringList m_crmOrganizers;      // enabled CRM users who are people, not the sync user
    QStringList m_bothPeople;         // usable on both sides
    QStringList m_exchangeOnly;       // enabled mailboxes without a CRM user
    QStringList m_crmOnly;            // enabled CRM users without a mailbox
    DstPlan m_dstSeries;
    DstPlan m_dstSingle;
};

} // namespace

SampleData SampleDataGenerator::generate(int users, int appointments, quint64 seed, const QDateTime &nowUtc)
{
    SampleData data;
    Rng rng(seed);
    UserBuilder(rng, data).build(std::max(users, 0));
    AppointmentBuilder(rng, data, nowUtc).build(std::max(appointments, 0));
    return data;
}

QStringList SampleDataGenerator::windowsZones()
{
    return zoneNames();
}

QTimeZone SampleDataGenerator::timeZoneFor(const QString &windowsId)
{
    if (windowsId == QLatin1String("UTC"))
        return QTimeZone(QByteArrayLiteral("UTC"));
    const QByteArray id = windowsId.toLatin1();
    QTimeZone zone(QTimeZone::windowsIdToDefaultIanaId(id));
    if (zone.isValid())
        return zone;
    // Systems without the legacy links (tzdata-legacy) lack e.g. "Asia/Calcutta": take another name of the
    // zone.
    const QList<QByteArray> others = QTimeZone::windowsIdToIanaIds(id);
    for (const QByteArray &other : others) {
        zone = QTimeZone(other);
        if (zone.isValid())
            return zone;
    }
    return zone;
}

QDateTime SampleDataGenerator::windowStart(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().addDays(-kWindowDays);
}

QDateTime SampleDataGenerator::windowEnd(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().addDays(kWindowDays);
}

QDateTime SampleDataGenerator::lastOccurrenceStart(const SampleAppointment &appointment)
{
    if (!appointment.recurrence)
        return appointment.start;
    const SampleRecurrence &r = *appointment.recurrence;
    const int steps = std::max(r.occurrences, 1) - 1;
    if (r.pattern == QLatin1String("daily"))
        return appointment.start.addDays(qint64(steps) * r.interval);
    if (r.daysOfWeek.size() <= 1)
        return appointment.start.addDays(7LL * steps * r.interval);
    // Several days a week (interval 1): walk the calendar.
    QDate date = appointment.start.date();
    const int wanted = std::max(r.occurrences, 1);
    for (int seen = 0;; date = date.addDays(1)) {
        if (r.daysOfWeek.contains(Qt::DayOfWeek(date.dayOfWeek())) && ++seen == wanted)
            break;
    }
    return QDateTime(date, appointment.start.time(), appointment.start.timeZone());
}

} // namespace cxsync::sandbox
