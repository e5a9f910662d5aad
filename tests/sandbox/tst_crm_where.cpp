// The `where` language of the Sage CRM sandbox: tokenizer and recursive-descent parser, without HTTP.
#include "CrmWhereParser.h"

#include <QTest>

using namespace cxsync::sandbox;

namespace {

// A compact rendering of the parse tree: and(...), or(...), not(...), field op [values].
QString render(const CrmWhereNode &node)
{
    auto children = [&] {
        QStringList parts;
        for (const CrmWhereNode &child : node.children)
            parts.append(render(child));
        return parts.join(QLatin1Char(','));
    };
    switch (node.kind) {
    case CrmWhereNode::Kind::And:
        return QStringLiteral("and(%1)").arg(children());
    case CrmWhereNode::Kind::Or:
        return QStringLiteral("or(%1)").arg(children());
    case CrmWhereNode::Kind::Not:
        return QStringLiteral("not(%1)").arg(children());
    default:
        break;
    }
    QStringList values;
    for (int i = 0; i < node.values.size(); ++i)
        values.append(node.numeric.at(i) ? node.values.at(i) : QStringLiteral("'%1'").arg(node.values.at(i)));
    return QStringLiteral("%1 %2 [%3]").arg(node.field, node.op, values.join(QLatin1Char('|')));
}

} // namespace

class TestCrmWhere : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesTheWhereLanguage_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("tree");
        QTest::newRow("eq with a quoted value")
            << QStringLiteral("Comm_Type eq 'Appointment'") << QStringLiteral("Comm_Type eq ['Appointment']");
        QTest::newRow("keywords are case-insensitive")
            << QStringLiteral("Comm_UserId EQ 4 AND Comm_Deleted Ne 1")
            << QStringLiteral("and(Comm_UserId eq [4],Comm_Deleted ne [1])");
        QTest::newRow("doubled quotes escape a quote")
            << QStringLiteral("Comm_Subject eq 'O''Brien''s call'")
            << QStringLiteral("Comm_Subject eq ['O'Brien's call']");
        QTest::newRow("and binds tighter than or") << QStringLiteral("a eq 1 or b eq 2 and c eq 3")
                                                   << QStringLiteral("or(a eq [1],and(b eq [2],c eq [3]))");
        QTest::newRow("parentheses override precedence")
            << QStringLiteral("(a eq 1 or b eq 2) and c eq 3")
            << QStringLiteral("and(or(a eq [1],b eq [2]),c eq [3])");
        QTest::newRow("in takes a list") << QStringLiteral("Comm_Status in ('Pending', 'In Progress')")
                                         << QStringLiteral("Comm_Status in ['Pending'|'In Progress']");
        QTest::newRow("between keeps its and")
            << QStringLiteral("Comm_DateTime between '2026-01-01' and '2026-02-01' and x eq 1")
            << QStringLiteral("and(Comm_DateTime between ['2026-01-01'|'2026-02-01'],x eq [1])");
        QTest::newRow("like with wildcards")
            << QStringLiteral("User_LastName like 'Sm%'") << QStringLiteral("User_LastName like ['Sm%']");
        QTest::newRow("not negates") << QStringLiteral("not (a gt -5)") << QStringLiteral("not(a gt [-5])");
        QTest::newRow("all comparison operators")
            << QStringLiteral("a gt 1 and a ge 1 and a lt 9 and a le 9")
            << QStringLiteral("and(a gt [1],a ge [1],a lt [9],a le [9])");
    }
    void parsesTheWhereLanguage()
    {
        QFETCH(QString, where);
        QFETCH(QString, tree);
        QString error;
        const auto node = CrmWhereParser::parse(where, &error);
        QVERIFY2(node, qPrintable(error));
        QCOMPARE(render(*node), tree);
    }

    void rejectsMalformedWhereNamingThePosition_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("missing value") << QStringLiteral("Comm_Type eq") << QStringLiteral("position 13");
        QTest::newRow("unknown operator")
            << QStringLiteral("Comm_Type is 'x'") << QStringLiteral("position 11");
        QTest::newRow("unterminated quote") << QStringLiteral("a eq 'abc") << QStringLiteral("position 6");
        QTest::newRow("missing closing parenthesis")
            << QStringLiteral("(a eq 1") << QStringLiteral("position 8");
        QTest::newRow("dangling and") << QStringLiteral("a eq 1 and") << QStringLiteral("position 11");
        QTest::newRow("stray token after the expression")
            << QStringLiteral("a eq 1 b eq 2") << QStringLiteral("position 8");
        QTest::newRow("unexpected character")
            << QStringLiteral("a eq 1 & b eq 2") << QStringLiteral("position 8");
        QTest::newRow("between without and")
            << QStringLiteral("a between 1 or 2") << QStringLiteral("position 13");
        QTest::newRow("empty in list") << QStringLiteral("a in ()") << QStringLiteral("position 7");
        QTest::newRow("like needs a quoted pattern")
            << QStringLiteral("a like 5") << QStringLiteral("position 8");
    }
    void rejectsMalformedWhereNamingThePosition()
    {
        QFETCH(QString, where);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!CrmWhereParser::parse(where, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCrmWhere)
#include "tst_crm_where.moc"
