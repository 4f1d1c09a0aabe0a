#pragma once

#include "models/contextwindow.h"

#include <QCoreApplication>
#include <QString>

// The words for a context window, shared by the status bar and the chat's marker:
// "N of M tokens (server context M, R kept for the reply)", then the attachments it carries.
class ContextSummary
{
    Q_DECLARE_TR_FUNCTIONS(ContextSummary)
public:
    static QString text(const ContextWindow &window);
    // Empty unless the newest turn alone does not fit.
    static QString warning(const ContextWindow &window);

private:
    static QString tokensText(const ContextWindow &window);
};
