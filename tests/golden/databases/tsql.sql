-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- run the files in run_order.txt; this one creates the target schema

EXECUTE [DEV].[sys].[sp_executesql]   N'IF NOT EXISTS (SELECT * FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = ''public'') EXEC(''CREATE SCHEMA [public]'')';

IF NOT EXISTS (SELECT * FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '_datamask_meta' AND TABLE_SCHEMA = 'public' AND TABLE_CATALOG = 'DEV') EXEC('CREATE TABLE [DEV].[public].[_datamask_meta] (
  [table_name] VARCHAR(255) NOT NULL,
  [key_fingerprint] VARCHAR(64) NOT NULL,
  [rules_sha256] VARCHAR(64) NOT NULL,
  [algorithm] VARCHAR(16) NOT NULL,
  [mode] VARCHAR(16) NOT NULL,
  [cursor_column] VARCHAR(255),
  [watermark] VARCHAR(255),
  [built_at] VARCHAR(40)
)');

-- file: 002_customers.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- builds the masked copy of public.customers in a staging table
-- masking key: EXEC sp_set_session_context @key = N'datamask_key', @value = N'<output of: datamask-sql key>';

DROP TABLE IF EXISTS [DEV].[public].[_dm_stage_21eb2153dd14];

SELECT
  *
INTO [DEV].[public].[_dm_stage_21eb2153dd14]
FROM (
  SELECT
    CAST(CASE
      WHEN [src].[id] IS NULL
      THEN NULL
      ELSE 1 + CAST(CONVERT(
        VARBINARY(8),
        CONCAT(
          '0x',
          RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 1, 15)), 16)
        ),
        1
      ) AS BIGINT) % 2147483647
    END AS INTEGER) AS [id],
    CAST(CASE
      WHEN [src].[email] IS NULL
      THEN NULL
      ELSE CONCAT(
        SUBSTRING([src].[_dm_digest_2], 1, 16),
        '@',
        CASE
          WHEN CAST(CONVERT(
            VARBINARY(8),
            CONCAT(
              '0x',
              RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_2], 17, 2)), 16)
            ),
            1
          ) AS BIGINT) % 3 = 0
          THEN 'example.com'
          WHEN CAST(CONVERT(
            VARBINARY(8),
            CONCAT(
              '0x',
              RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_2], 17, 2)), 16)
            ),
            1
          ) AS BIGINT) % 3 = 1
          THEN 'example.net'
          ELSE 'example.org'
        END
      )
    END AS VARCHAR(100)) AS [email],
    CAST(CASE
      WHEN [src].[name] IS NULL
      THEN NULL
      ELSE CASE
        WHEN LEN(CONCAT(CAST([src].[name] AS NVARCHAR(MAX)), '.')) - 1 = 0
        THEN [src].[name]
        ELSE [_dm_l1].[value]
      END
    END AS VARCHAR(80)) AS [name]
  FROM (
    SELECT
      [src].*,
      LOWER(
        CONVERT(
          VARCHAR(64),
          HASHBYTES(
            'SHA2_256',
            CAST(CAST(CONCAT(
              CASE
                WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
                THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
                ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
              END,
              '4152e2c55f37a7f106a36fb37083bd6313946539c3af8cd7e20e4ce2cf4a71c0',
              CAST([src].[id] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_1],
      LOWER(
        CONVERT(
          VARCHAR(64),
          HASHBYTES(
            'SHA2_256',
            CAST(CAST(CONCAT(
              CASE
                WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
                THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
                ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
              END,
              'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30',
              CAST([src].[email] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_2],
      LOWER(
        CONVERT(
          VARCHAR(64),
          HASHBYTES(
            'SHA2_256',
            CAST(CAST(CONCAT(
              CASE
                WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
                THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
                ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
              END,
              '09aa832fe8afe9d372c5ae87aa742fececda483552679929d14a2cf545195059',
              CAST([src].[name] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_3]
    FROM [PROD].[public].[customers] AS [src]
  ) AS [src]
  LEFT JOIN [DEV].[public].[_dm_lookup_first_name_en_us_0780cf166fbf] AS [_dm_l1]
    ON [_dm_l1].[idx] = CAST(CONVERT(
      VARBINARY(8),
      CONCAT(
        '0x',
        RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_3], 1, 15)), 16)
      ),
      1
    ) AS BIGINT) % 690
) AS [temp];

ALTER TABLE [DEV].[public].[_dm_stage_21eb2153dd14]
ALTER COLUMN [id] INTEGER NOT NULL;

-- file: 003_orders.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- builds the masked copy of public.orders in a staging table
-- masking key: EXEC sp_set_session_context @key = N'datamask_key', @value = N'<output of: datamask-sql key>';

DROP TABLE IF EXISTS [DEV].[public].[_dm_stage_1c168adb00d2];

SELECT
  *
INTO [DEV].[public].[_dm_stage_1c168adb00d2]
FROM (
  SELECT
    [src].[id] AS [id],
    CAST(CASE
      WHEN [src].[customer_id] IS NULL
      THEN NULL
      ELSE 1 + CAST(CONVERT(
        VARBINARY(8),
        CONCAT(
          '0x',
          RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 1, 15)), 16)
        ),
        1
      ) AS BIGINT) % 2147483647
    END AS INTEGER) AS [customer_id],
    [src].[total] AS [total]
  FROM (
    SELECT
      [src].*,
      LOWER(
        CONVERT(
          VARCHAR(64),
          HASHBYTES(
            'SHA2_256',
            CAST(CAST(CONCAT(
              CASE
                WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
                THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
                ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
              END,
              '4152e2c55f37a7f106a36fb37083bd6313946539c3af8cd7e20e4ce2cf4a71c0',
              CAST([src].[customer_id] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_1]
    FROM [PROD].[public].[orders] AS [src]
  ) AS [src]
) AS [temp];

ALTER TABLE [DEV].[public].[_dm_stage_1c168adb00d2]
ALTER COLUMN [id] INTEGER NOT NULL;

-- file: 004_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

BEGIN TRANSACTION;

DROP TABLE IF EXISTS [DEV].[public].[orders];

DROP TABLE IF EXISTS [DEV].[public].[customers];

EXECUTE [DEV].[sys].[sp_rename]   '[public].[_dm_stage_21eb2153dd14]',
  'customers';

EXECUTE [DEV].[sys].[sp_rename]   '[public].[_dm_stage_1c168adb00d2]',
  'orders';

DELETE FROM [DEV].[public].[_datamask_meta]
WHERE
  [table_name] = 'customers';

INSERT INTO [DEV].[public].[_datamask_meta] (
  [table_name],
  [key_fingerprint],
  [rules_sha256],
  [algorithm],
  [mode],
  [cursor_column],
  [watermark],
  [built_at]
)
SELECT
  'customers',
  SUBSTRING(
    LOWER(
      CONVERT(
        VARCHAR(64),
        HASHBYTES(
          'SHA2_256',
          CAST(CAST(CONCAT(
            'datamask-sql/dm1/fingerprint:',
            CASE
              WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
              THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
              ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
            END
          ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
        ),
        2
      )
    ),
    1,
    16
  ),
  '3a983b006629fe3d3c0cf6265aabf45201796c02e3be5527015b89919017ec50',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(GETDATE() AS NVARCHAR(MAX));

DELETE FROM [DEV].[public].[_datamask_meta]
WHERE
  [table_name] = 'orders';

INSERT INTO [DEV].[public].[_datamask_meta] (
  [table_name],
  [key_fingerprint],
  [rules_sha256],
  [algorithm],
  [mode],
  [cursor_column],
  [watermark],
  [built_at]
)
SELECT
  'orders',
  SUBSTRING(
    LOWER(
      CONVERT(
        VARCHAR(64),
        HASHBYTES(
          'SHA2_256',
          CAST(CAST(CONCAT(
            'datamask-sql/dm1/fingerprint:',
            CASE
              WHEN SESSION_CONTEXT(N'datamask_key') IS NULL
              THEN CAST(CAST(N'datamask_key is not set (see the file header)' AS INTEGER) AS NVARCHAR(64))
              ELSE CAST(SESSION_CONTEXT(N'datamask_key') AS NVARCHAR(64))
            END
          ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
        ),
        2
      )
    ),
    1,
    16
  ),
  '3bd1a452820bb50cb288a2aad4e46cf79e2501ca01ebf25768d3bafd6409b069',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(GETDATE() AS NVARCHAR(MAX));

COMMIT TRANSACTION;

