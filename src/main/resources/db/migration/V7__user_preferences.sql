-- What a person chose in the web interface, kept per user (local, OIDC or JWT identity alike): the language.
CREATE TABLE user_preferences (
    owner_id     VARCHAR(255) NOT NULL PRIMARY KEY,
    ui_language  VARCHAR(16),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
