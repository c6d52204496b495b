-- Every Idempotency-Key a client sent to /api with the user who sent it and a fingerprint of the request
-- (SHA-256 of method, path and body): a key reused with another body or by another user is refused with 422
-- (api/IdempotencyKeys). Kept after a 2xx/3xx answer only; a refused request frees its key for a corrected retry.
create table idempotency_key (
  idempotency_key varchar(100) not null primary key,
  user_id         varchar(64)  not null,
  fingerprint     char(64)     not null,
  created_at      timestamp with time zone not null
);
