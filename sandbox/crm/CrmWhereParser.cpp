#include "CrmWhereParser.h"

namespace cxsync::sandbox {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.');
}

const char *const kComparisons[] = {"eq", "ne", "gt", "ge", "lt", "le", "like"};

} // namespace

bool CrmWhereParser::tokenize(const QString &text, QList<Token> *tokens, QString *error)
{
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        const int position = i + 1;
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(')) {
            tokens->append({Token::Type::LeftParen, QStringLiteral("("), position});
            ++i;
        } else if (c == QLatin1Char(')')) {
            tokens->append({Token::Type::RightParen, QStringLiteral(")"), position});
            ++i;
        } else if (c == QLatin1Char(',')) {
            tokens->append({Token::Type::Comma, QStringLiteral(","), position});
            ++i;
        } else if (c == QLatin1Char('\'')) {
            QString value;
            ++i;
            bool closed = false;
            while (i < n) {
                if (text.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('\'')) {
                        value += QLatin1Char('\'');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                value += text.at(i++);
            }
            if (!closed) {
                *error = QStringLiteral("Unterminated quoted value starting at position %1").arg(position);
                return false;
            }
            tokens->append({Token::Type::String, value, position});
        } else if (c.isDigit() || ((c == QLatin1Char('-') || c == QLatin1Char('+')) && i + 1 < n &&
                                   text.at(i + 1).isDigit())) {
            int j = i + 1;
            while (j < n && (text.at(j).isDigit() || text.at(j) == QLatin1Char('.')))
                ++j;
            if (j < n && isIdentifierStart(text.at(j))) {
                *error = QStringLiteral("Invalid number at position %1").arg(position);
                return false;
            }
            tokens->append({Token::Type::Number, text.mid(i, j - i), position});
            i = j;
        } else if (isIdentifierStart(c)) {
            int j = i + 1;
            while (j < n && isIdentifierPart(text.at(j)))
                ++j;
            tokens->append({Token::Type::Identifier, text.mid(i, j - i), position});
            i = j;
        } else {
            *error = QStringLiteral("Unexpected character '%1' at position %2").arg(c).arg(position);
            return false;
        }
    }
    tokens->append({Token::Type::End, QString(), n + 1});
    return true;
}

std::optional<CrmWhereNode> CrmWhereParser::parse(const QString &text, QString *error)
{
    QList<Token> tokens;
    QString tokenError;
    if (!tokenize(text, &tokens, &tokenError)) {
        if (error)
            *error = tokenError;
        return std::nullopt;
    }
    CrmWhereParser parser(tokens);
    auto node = parser.expression();
    if (node && parser.m_tokens.at(parser.m_index).type != Token::Type::End) {
        parser.fail(parser.m_tokens.at(parser.m_index),
                    QStringLiteral("'and', 'or' or the end of the expression"));
        node.reset();
    }
    if (!node && error)
        *error = parser.m_error;
    return node;
}

bool CrmWhereParser::isKeyword(const Token &token, const char *keyword) const
{
    return token.type == Token::Type::Identifier &&
           token.text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

bool CrmWhereParser::fail(const Token &token, const QString &expected)
{
    const QString found = token.type == Token::Type::End ? QStringLiteral("the end of the expression")
                                                         : QStringLiteral("'%1'").arg(token.text);
    m_error = QStringLiteral("Syntax error at position %1: expected %2 but found %3")
                  .arg(token.position)
                  .arg(expected, found);
    return false;
}

std::optional<CrmWhereNode> CrmWhereParser::expression()
{
    auto left = term();
    if (!left)
        return std::nullopt;
    if (!isKeyword(m_tokens.at(m_index), "or"))
        return left;
    CrmWhereNode node;
    node.kind = CrmWhereNode::Kind::Or;
    node.position = m_tokens.at(m_index).position;
    node.children.append(*left);
    while (isKeyword(m_tokens.at(m_index), "or")) {
        ++m_index;
        auto right = term();
        if (!right)
            return std::nullopt;
        node.children.append(*right);
    }
    return node;
}

std::optional<CrmWhereNode> CrmWhereParser::term()
{
    auto left = factor();
    if (!left)
        return std::nullopt;
    if (!isKeyword(m_tokens.at(m_index), "and"))
        return left;
    CrmWhereNode node;
    node.kind = CrmWhereNode::Kind::And;
    node.position = m_tokens.at(m_index).position;
    node.children.append(*left);
    while (isKeyword(m_tokens.at(m_index), "and")) {
        ++m_index;
        auto right = factor();
        if (!right)
            return std::nullopt;
        node.children.append(*right);
    }
    return node;
}

std::optional<CrmWhereNode> CrmWhereParser::factor()
{
    const Token &token = m_tokens.at(m_index);
    if (isKeyword(token, "not")) {
        ++m_index;
        auto inner = factor();
        if (!inner)
            return std::nullopt;
        CrmWhereNode node;
        node.kind = CrmWhereNode::Kind::Not;
        node.position = token.position;
        node.children.append(*inner);
        return node;
    }
    if (token.type == Token::Type::LeftParen) {
        ++m_index;
        auto inner = expression();
        if (!inner)
            return std::nullopt;
        if (m_tokens.at(m_index).type != Token::Type::RightParen) {
            fail(m_tokens.at(m_index), QStringLiteral("')'"));
            return std::nullopt;
        }
        ++m_index;
        return inner;
    }
    return predicate();
}

std::optional<CrmWhereNode> CrmWhereParser::predicate()
{
    const Token &fieldToken = m_tokens.at(m_index);
    if (fieldToken.type != Token::Type::Identifier) {
        fail(fieldToken, QStringLiteral("a field name or '('"));
        return std::nullopt;
    }
    CrmWhereNode node;
    node.field = fieldToken.text;
    node.position = fieldToken.position;
    ++m_index;
    const Token &opToken = m_tokens.at(m_index);
    for (const char *op : kComparisons) {
        if (isKeyword(opToken, op)) {
            ++m_index;
            node.kind = CrmWhereNode::Kind::Comparison;
            node.op = QString::fromLatin1(op);
            if (!value(&node))
                return std::nullopt;
            if (node.op == QLatin1String("like") && node.numeric.constFirst()) {
                fail(m_tokens.at(m_index - 1), QStringLiteral("a quoted pattern after 'like'"));
                return std::nullopt;
            }
            return node;
        }
    }
    if (isKeyword(opToken, "in")) {
        ++m_index;
        node.kind = CrmWhereNode::Kind::In;
        node.op = QStringLiteral("in");
        if (m_tokens.at(m_index).type != Token::Type::LeftParen) {
            fail(m_tokens.at(m_index), QStringLiteral("'(' after 'in'"));
            return std::nullopt;
        }
        ++m_index;
        if (!value(&node))
            return std::nullopt;
        while (m_tokens.at(m_index).type == Token::Type::Comma) {
            ++m_index;
            if (!value(&node))
                return std::nullopt;
        }
        if (m_tokens.at(m_index).type != Token::Type::RightParen) {
            fail(m_tokens.at(m_index), QStringLiteral("',' or ')'"));
            return std::nullopt;
        }
        ++m_index;
        return node;
    }
    if (isKeyword(opToken, "between")) {
        ++m_index;
        node.kind = CrmWhereNode::Kind::Between;
        node.op = QStringLiteral("between");
        if (!value(&node))
            return std::nullopt;
        if (!isKeyword(m_tokens.at(m_index), "and")) {
            fail(m_tokens.at(m_index), QStringLiteral("'and' in 'between'"));
            return std::nullopt;
        }
        ++m_index;
        if (!value(&node))
            return std::nullopt;
        return node;
    }
    fail(opToken, QStringLiteral("an operator (eq, ne, gt, ge, lt, le, like, in, between)"));
    return std::nullopt;
}

bool CrmWhereParser::value(CrmWhereNode *node)
{
    const Token &token = m_tokens.at(m_index);
    if (token.type != Token::Type::String && token.type != Token::Type::Number)
        return fail(token, QStringLiteral("a quoted value or a number"));
    node->values.append(token.text);
    node->numeric.append(token.type == Token::Type::Number);
    ++m_index;
    return true;
}

} // namespace cxsync::sandbox
