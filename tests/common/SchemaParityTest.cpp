// The same migrations must yield the same schema on SQLite and on PostgreSQL: same
// tables, columns, types, nullability, primary keys and indexes. Read back from
// each engine's own catalogue, not from our SQL.
#include "db/Database.h"
#include "support/TestDatabase.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;
using nomo::test::TestDatabase;
using nomo::test::TestEngine;

namespace {

struct TableShape
{
    QMap<QString, QString> columns; // name -> "type notnull|null"
    QStringList primaryKey;
    QSet<QString> indexes;          // "unique:a,b" or "index:a,b"
};
using Schema = QMap<QString, TableShape>;

QString normalType(QString type, bool integerPrimaryKey)
{
    type = type.toLower();
    if (integerPrimaryKey || type == u"bigint")
        return u"bigint"_s;
    if (type == u"blob" || type == u"bytea")
        return u"bytes"_s;
    return type; // integer, text, boolean
}

QStringList column(db::Query &query, int index = 0)
{
    QStringList values;
    while (query.next())
        values.append(query.value(index).toString());
    return values;
}

Schema readSqlite(const QSqlDatabase &db)
{
    Schema schema;
    auto tables = db::exec(db, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
    for (const QString &table : column(*tables)) {
        TableShape shape;
        auto info = db::exec(db, u"PRAGMA table_info(%1)"_s.arg(table));
        QMap<int, QString> pk;
        while (info->next()) {
            const QString name = info->value(1).toString();
            const int pkIndex = info->value(5).toInt();
            const bool integerPk = pkIndex > 0 && info->value(2).toString().toUpper() == u"INTEGER";
            // INTEGER PRIMARY KEY is the rowid alias: NOT NULL in effect.
            const bool notNull = info->value(3).toBool() || pkIndex > 0;
            shape.columns.insert(name, normalType(info->value(2).toString(), integerPk) + (notNull ? u" notnull"_s : u" null"_s));
            if (pkIndex > 0)
                pk.insert(pkIndex, name);
        }
        shape.primaryKey = pk.values();
        auto indexes = db::exec(db, u"PRAGMA index_list(%1)"_s.arg(table));
        QList<std::pair<QString, bool>> list;
        while (indexes->next()) {
            if (indexes->value(3).toString() != u"pk")
                list.append({indexes->value(1).toString(), indexes->value(2).toBool()});
        }
        for (const auto &[name, unique] : list) {
            auto info2 = db::exec(db, u"PRAGMA index_info(%1)"_s.arg(name));
            shape.indexes.insert((unique ? u"unique:"_s : u"index:"_s) + column(*info2, 2).join(u','));
        }
        schema.insert(table, shape);
    }
    return schema;
}

Schema readPostgres(const QSqlDatabase &db)
{
    Schema schema;
    auto columns = db::exec(db,
                            u"SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                            "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"_s);
    while (columns->next()) {
        schema[columns->value(0).toString()].columns.insert(
            columns->value(1).toString(),
            normalType(columns->value(2).toString(), false)
                + (columns->value(3).toString() == u"NO" ? u" notnull"_s : u" null"_s));
    }
    // Index columns in index order; primary keys apart, as on SQLite.
    auto indexes = db::exec(db,
                            u"SELECT t.relname, i.indisunique, i.indisprimary, "
                            "  (SELECT string_agg(a.attname, ',' ORDER BY k.n) "
                            "   FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) "
                            "   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) "
                            "FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
                            "JOIN pg_namespace s ON s.oid = t.relnamespace WHERE s.nspname = 'public'"_s);
    while (indexes->next()) {
        TableShape &shape = schema[indexes->value(0).toString()];
        const QString columnsText = indexes->value(3).toString();
        if (indexes->value(2).toBool())
            shape.primaryKey = columnsText.split(u',');
        else
            shape.indexes.insert((indexes->value(1).toBool() ? u"unique:"_s : u"index:"_s) + columnsText);
    }
    return schema;
}

} // namespace

TEST(SchemaParity, SqliteAndPostgresqlHaveTheSameSchema)
{
    QString why;
    auto sqlite = TestDatabase::create(TestEngine::Sqlite, &why);
    ASSERT_TRUE(sqlite) << why.toStdString();
    auto postgres = TestDatabase::create(TestEngine::Postgres, &why);
    if (!postgres) {
        if (TestDatabase::postgresRequired())
            FAIL() << why.toStdString();
        GTEST_SKIP() << why.toStdString();
    }
    const Schema a = readSqlite(sqlite->db());
    const Schema b = readPostgres(postgres->db());
    EXPECT_EQ(a.keys(), b.keys());
    ASSERT_GE(a.size(), 18);
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const QString &table = it.key();
        const TableShape &other = b.value(table);
        for (auto col = it->columns.cbegin(); col != it->columns.cend(); ++col)
            EXPECT_EQ(col.value().toStdString(), other.columns.value(col.key()).toStdString()) << table.toStdString() << "." << col.key().toStdString();
        EXPECT_EQ(it->columns.keys(), other.columns.keys()) << table.toStdString();
        EXPECT_EQ(it->primaryKey, other.primaryKey) << table.toStdString();
        EXPECT_EQ(it->indexes, other.indexes) << table.toStdString() << ": " << QStringList(it->indexes.values()).join(u' ').toStdString()
                                              << " vs " << QStringList(other.indexes.values()).join(u' ').toStdString();
    }
}

TEST(SchemaParity, EveryTenantTableCarriesMerchantId)
{
    QString why;
    auto sqlite = TestDatabase::create(TestEngine::Sqlite, &why);
    ASSERT_TRUE(sqlite) << why.toStdString();
    const Schema schema = readSqlite(sqlite->db());
    for (auto it = schema.cbegin(); it != schema.cend(); ++it) {
        if (it.key() == u"merchants" || it.key() == u"schema_migrations" || it.key() == u"installation_facts"
            || it.key() == u"oauth_states" || it.key() == u"signin_requests") // no store known yet
            continue;
        if (it.key() == u"push_keys" || it.key() == u"visitor_salts" || it.key() == u"rollup_marks") // the whole daemon's: its VAPID key, the day's visitor salt, the rollups' marks
            continue;
        if (it.key() == u"jobs") { // a job may be the whole daemon's (the purge); a store's job names it
            EXPECT_TRUE(it->columns.contains(u"merchant_id"_s));
            continue;
        }
        EXPECT_TRUE(it->columns.contains(u"merchant_id"_s)) << it.key().toStdString();
        EXPECT_TRUE(it->columns.value(u"merchant_id"_s).endsWith(u"notnull"_s)) << it.key().toStdString();
    }
}
