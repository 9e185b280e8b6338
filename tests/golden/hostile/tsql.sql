-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- run the files in run_order.txt; this one creates the target schema

IF NOT EXISTS (SELECT * FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = '"mask''ed"') EXEC('CREATE SCHEMA [mask''ed]');

IF NOT EXISTS (SELECT * FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '_datamask_meta' AND TABLE_SCHEMA = 'mask''ed') EXEC('CREATE TABLE [mask''ed].[_datamask_meta] (
  [table_name] VARCHAR(255) NOT NULL,
  [key_fingerprint] VARCHAR(64) NOT NULL,
  [rules_sha256] VARCHAR(64) NOT NULL,
  [algorithm] VARCHAR(16) NOT NULL,
  [mode] VARCHAR(16) NOT NULL,
  [cursor_column] VARCHAR(255),
  [watermark] VARCHAR(255),
  [built_at] VARCHAR(40)
)');

-- file: 001_order_items_dbc868.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- builds the masked copy of public.Order Items in a staging table
-- masking key: EXEC sp_set_session_context @key = N'datamask_key', @value = N'<output of: datamask-sql key>';

DROP TABLE IF EXISTS [mask'ed].[_dm_stage_dbc868c61e8b];

SELECT
  *
INTO [mask'ed].[_dm_stage_dbc868c61e8b]
FROM (
  SELECT
    [src].[select] AS [select],
    CAST(CASE
      WHEN [src].[it's] IS NULL
      THEN NULL
      ELSE SUBSTRING([src].[_dm_digest_1], 1, 32)
    END AS VARCHAR(64)) AS [it's],
    CAST(CASE
      WHEN [src].[quo"te] IS NULL
      THEN NULL
      ELSE CASE
        WHEN LEN(CONCAT([src].[quo"te], '.')) - 1 <= 1
        THEN COALESCE(
          (
            SELECT
              STRING_AGG(
                CASE
                  WHEN CHARINDEX(SUBSTRING([src].[quo"te], [n].[value], 1), ' -') > 0
                  THEN SUBSTRING([src].[quo"te], [n].[value], 1)
                  ELSE '*'
                END,
                ''
              ) WITHIN GROUP (ORDER BY
                [n].[value])
            FROM GENERATE_SERIES(1, LEN(CONCAT([src].[quo"te], '.')) - 1) AS [n]
          ),
          ''
        )
        ELSE CONCAT(
          SUBSTRING([src].[quo"te], 1, 1),
          COALESCE(
            (
              SELECT
                STRING_AGG(
                  CASE
                    WHEN CHARINDEX(
                      SUBSTRING(
                        SUBSTRING([src].[quo"te], 2, LEN(CONCAT([src].[quo"te], '.')) - 1 - 1),
                        [n].[value],
                        1
                      ),
                      ' -'
                    ) > 0
                    THEN SUBSTRING(
                      SUBSTRING([src].[quo"te], 2, LEN(CONCAT([src].[quo"te], '.')) - 1 - 1),
                      [n].[value],
                      1
                    )
                    ELSE '*'
                  END,
                  ''
                ) WITHIN GROUP (ORDER BY
                  [n].[value])
              FROM GENERATE_SERIES(
                1,
                LEN(
                  CONCAT(SUBSTRING([src].[quo"te], 2, LEN(CONCAT([src].[quo"te], '.')) - 1 - 1), '.')
                ) - 1
              ) AS [n]
            ),
            ''
          )
        )
      END
    END AS VARCHAR(MAX)) AS [quo"te],
    CAST(NULL AS CHAR(8)) AS [ünï]
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
              'aeedde67f9f0ef47b2985123399b2bce8271dbd634259245744893abf7c290f4',
              CAST([src].[it's] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_1]
    FROM [public].[Order Items] AS [src]
  ) AS [src]
) AS [temp];

ALTER TABLE [mask'ed].[_dm_stage_dbc868c61e8b]
ALTER COLUMN [select] INTEGER NOT NULL;

ALTER TABLE [mask'ed].[_dm_stage_dbc868c61e8b]
ALTER COLUMN [it's] VARCHAR(64) NOT NULL;

-- file: 002_from.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- builds the masked copy of public.from in a staging table
-- masking key: EXEC sp_set_session_context @key = N'datamask_key', @value = N'<output of: datamask-sql key>';

DROP TABLE IF EXISTS [mask'ed].[_dm_stage_75857a458999];

SELECT
  *
INTO [mask'ed].[_dm_stage_75857a458999]
FROM (
  SELECT
    [src].[id] AS [id],
    [src].[item] AS [item],
    CAST(CASE
      WHEN [src].[e mail] IS NULL
      THEN NULL
      ELSE CONCAT(
        SUBSTRING([src].[_dm_digest_1], 1, 16),
        '@',
        CASE
          WHEN CHARINDEX('@', [src].[e mail]) > 0
          THEN SUBSTRING(
            [src].[e mail],
            LEN(CONCAT([src].[e mail], '.')) - 1 - CHARINDEX('@', REVERSE([src].[e mail])) + 2,
            1073741823
          )
          ELSE CASE
            WHEN CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 17, 2)), 16)
              ),
              1
            ) AS BIGINT) % 3 = 0
            THEN 'example.com'
            WHEN CAST(CONVERT(
              VARBINARY(8),
              CONCAT(
                '0x',
                RIGHT(CONCAT('0000000000000000', SUBSTRING([src].[_dm_digest_1], 17, 2)), 16)
              ),
              1
            ) AS BIGINT) % 3 = 1
            THEN 'example.net'
            ELSE 'example.org'
          END
        END
      )
    END AS VARCHAR(200)) AS [e mail]
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
              '718188a428262f0add39998a7e985565f8c28ed5656de48726402df932c372d4',
              CAST([src].[e mail] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_1]
    FROM [public].[from] AS [src]
  ) AS [src]
) AS [temp];

ALTER TABLE [mask'ed].[_dm_stage_75857a458999]
ALTER COLUMN [id] INTEGER NOT NULL;

-- file: 003_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect tsql
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

BEGIN TRANSACTION;

DROP TABLE IF EXISTS [mask'ed].[from];

DROP TABLE IF EXISTS [mask'ed].[Order Items];

EXEC sp_rename '[mask''ed].[_dm_stage_dbc868c61e8b]', 'Order Items';

EXEC sp_rename '[mask''ed].[_dm_stage_75857a458999]', 'from';

DELETE FROM [mask'ed].[_datamask_meta]
WHERE
  [table_name] = 'Order Items';

INSERT INTO [mask'ed].[_datamask_meta] (
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
  'Order Items',
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
  '5cb44a85a8b5671160225de76a9278f2b22761b62f4b6d624f9e8086e2570533',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(GETDATE() AS NVARCHAR(MAX));

DELETE FROM [mask'ed].[_datamask_meta]
WHERE
  [table_name] = 'from';

INSERT INTO [mask'ed].[_datamask_meta] (
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
  'from',
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
  'be34641848032912944deb37dff7eca4d0038b4d7a26b35d6d8f33d9933d5fa3',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(GETDATE() AS NVARCHAR(MAX));

COMMIT TRANSACTION;

