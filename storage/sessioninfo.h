#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One row of the sessions table, as shown in the sidebar and used to build requests.
struct SessionInfo
{
    qint64 id = 0;
    QString uuid; // stable id used by export/import (the legacy "session_id")
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    int createdMicros = 0; // microseconds within the millisecond, as imported
    int updatedMicros = 0;
    bool pinned = false;
    QString systemPrompt;
    QString provider; // provider profile id; empty: the app's default
    QString model; // empty: the profile's model
    QJsonObject settings; // per-session knobs: temperature, maxMessages, tokenBudget, tokenRatio
    qint64 currentLeafId = 0; // last message of the branch being shown
    int messageCount = 0;
    QString preview; // start of the first user message
    bool deleted = false; // soft-deleted (hidden, restorable until purged)
};

// A full-text search hit.
struct SearchHit
{
    static constexpr char16_t MatchStart = 0xE000;
    static constexpr char16_t MatchEnd = 0xE001;
    qint64 sessionId = 0;
    qint64 messageId = 0;
    QString sessionTitle;
    QString role;
    QString snippet; // text around the match; matches wrapped in U+E000 ... U+E001 (see SearchModel)
    QDateTime updatedAt;
};
