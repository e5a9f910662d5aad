#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cxsync::sandbox {

// One node of a parsed Sage CRM `where` expression. Literals keep their text; the store converts them per
// field type (integer, datetime in the server zone, checkbox, string) when it evaluates the expression.
struct CrmWhereNode {
    enum class Kind {
        And,        // children: 2+
        Or,         // children: 2+
        Not,        // children: 1
        Comparison, // field op values[0]; op is eq, ne, gt, ge, lt, le or like
        In,         // field in (values...)
        Between,    // field between values[0] and values[1]
    };
    Kind kind = Kind::Comparison;
    QString op;          // lower case
    QString field;       // as written
    QStringList values;  // literal texts (quotes removed, '' unescaped)
    QList<bool> numeric; // per value: written without quotes
    int position = 0;    // 1-based character position of the field (or operator for And/Or/Not)
    QList<CrmWhereNode> children;
};

// A tokenizer and recursive-descent parser for the `where` language of the Sage CRM REST API:
//
//   expression := term ('or' term)*
//   term       := factor ('and' factor)*
//   factor     := 'not' factor | '(' expression ')' | predicate
//   predicate  := FIELD ('eq'|'ne'|'gt'|'ge'|'lt'|'le'|'like') value
//               | FIELD 'in' '(' value (',' value)* ')'
//               | FIELD 'between' value 'and' value
//   value      := 'text with '' escaped quotes' | number
//
// Keywords are case-insensitive; errors name the 1-based character position ("at position 17").
class CrmWhereParser final {
public:
    static std::optional<CrmWhereNode> parse(const QString &text, QString *error);

private:
    struct Token {
        enum class Type { Identifier, String, Number, LeftParen, RightParen, Comma, End } type;
        QString text;
        int position; // 1-based
    };
    explicit CrmWhereParser(QList<Token> tokens) : m_tokens(std::move(tokens)) {}
    static bool tokenize(const QString &text, QList<Token> *tokens, QString *error);

    std::optional<CrmWhereNode> expression();
    std::optional<CrmWhereNode> term();
    std::optional<CrmWhereNode> factor();
    std::optional<CrmWhereNode> predicate();
    bool value(CrmWhereNode *node);
    bool isKeyword(const Token &token, const char *keyword) const;
    bool fail(const Token &token, const QString &expected);

    QList<Token> m_tokens;
    int m_index = 0;
    QString m_error;
};

} // namespace cxsync::sandbox
