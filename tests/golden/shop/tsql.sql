-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect tsql
-- run the files in run_order.txt; this one creates the target schema

IF NOT EXISTS (SELECT * FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = 'masked') EXEC('CREATE SCHEMA [masked]');

-- file: 001_customers.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect tsql
-- builds the masked copy of main.customers in a staging table
-- masking key: EXEC sp_set_session_context @key = N'datamask_key', @value = N'<output of: datamask-sql key>';

DROP TABLE IF EXISTS [masked].[_dm_stage_21eb2153dd14];

SELECT
  *
INTO [masked].[_dm_stage_21eb2153dd14]
FROM (
  SELECT
    [src].[id] AS [id],
    CAST(CASE
      WHEN [src].[email] IS NULL
      THEN NULL
      ELSE CONCAT(
        SUBSTRING([src].[_dm_digest_1], 1, 16),
        '@',
        CASE
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
      )
    END AS VARCHAR(120)) AS [email],
    CAST(CASE
      WHEN [src].[first_name] IS NULL
      THEN NULL
      ELSE SUBSTRING([src].[_dm_digest_2], 1, 12)
    END AS VARCHAR(40)) AS [first_name],
    CAST(CASE
      WHEN [src].[last_name] IS NULL
      THEN NULL
      ELSE SUBSTRING([src].[_dm_digest_3], 1, 12)
    END AS VARCHAR(40)) AS [last_name],
    CAST(CASE
      WHEN [src].[phone] IS NULL
      THEN NULL
      ELSE CASE
        WHEN LEN(CONCAT([src].[phone], '.')) - 1 <= 2
        THEN COALESCE(
          (
            SELECT
              STRING_AGG(
                CASE
                  WHEN CHARINDEX(SUBSTRING([src].[phone], [n].[value], 1), ' ()+-') > 0
                  THEN SUBSTRING([src].[phone], [n].[value], 1)
                  ELSE '*'
                END,
                ''
              ) WITHIN GROUP (ORDER BY
                [n].[value])
            FROM GENERATE_SERIES(1, LEN(CONCAT([src].[phone], '.')) - 1) AS [n]
          ),
          ''
        )
        ELSE CONCAT(
          COALESCE(
            (
              SELECT
                STRING_AGG(
                  CASE
                    WHEN CHARINDEX(
                      SUBSTRING(SUBSTRING([src].[phone], 1, LEN(CONCAT([src].[phone], '.')) - 1 - 2), [n].[value], 1),
                      ' ()+-'
                    ) > 0
                    THEN SUBSTRING(SUBSTRING([src].[phone], 1, LEN(CONCAT([src].[phone], '.')) - 1 - 2), [n].[value], 1)
                    ELSE '*'
                  END,
                  ''
                ) WITHIN GROUP (ORDER BY
                  [n].[value])
              FROM GENERATE_SERIES(
                1,
                LEN(
                  CONCAT(SUBSTRING([src].[phone], 1, LEN(CONCAT([src].[phone], '.')) - 1 - 2), '.')
                ) - 1
              ) AS [n]
            ),
            ''
          ),
          SUBSTRING([src].[phone], LEN(CONCAT([src].[phone], '.')) - 1 - 2 + 1, 2)
        )
      END
    END AS VARCHAR(24)) AS [phone],
    CAST(NULL AS DATE) AS [birth_date],
    [src].[created_at] AS [created_at],
    [src].[is_vip] AS [is_vip],
    CAST(NULL AS VARCHAR(500)) AS [notes]
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
              'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30',
              CAST([src].[email] AS NVARCHAR(MAX))
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
              'e175a3d319d959bbb8cd0a7c16b2c56a528695c9ad57d5a323c78649091d5985',
              CAST([src].[first_name] AS NVARCHAR(MAX))
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
              'c4f3dde558963b7f10313d70597a66dec84f47eb0c8441314c5b91147811b1ff',
              CAST([src].[last_name] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_3]
    FROM [main].[customers] AS [src]
  ) AS [src]
) AS [temp];

ALTER TABLE [masked].[_dm_stage_21eb2153dd14]
ALTER COLUMN [id] INTEGER NOT NULL;

ALTER TABLE [masked].[_dm_stage_21eb2153dd14]
ALTER COLUMN [email] VARCHAR(120) NOT NULL;

ALTER TABLE [masked].[_dm_stage_21eb2153dd14]
ALTER COLUMN [first_name] VARCHAR(40) NOT NULL;

ALTER TABLE [masked].[_dm_stage_21eb2153dd14]
ALTER COLUMN [last_name] VARCHAR(40) NOT NULL;

ALTER TABLE [masked].[_dm_stage_21eb2153dd14]
ALTER COLUMN [created_at] DATETIME2 NOT NULL;

ALTER TABLE [masked].[_dm_stage_21eb2153dd14]
ALTER COLUMN [is_vip] BIT NOT NULL;

-- file: 002_addresses.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect tsql
-- builds the masked copy of main.addresses in a staging table
-- masking key: EXEC sp_set_session_context @key = N'datamask_key', @value = N'<output of: datamask-sql key>';

DROP TABLE IF EXISTS [masked].[_dm_stage_fe79d7d4f725];

SELECT
  *
INTO [masked].[_dm_stage_fe79d7d4f725]
FROM (
  SELECT
    [src].[id] AS [id],
    [src].[customer_id] AS [customer_id],
    CAST(CASE
      WHEN [src].[street] IS NULL
      THEN NULL
      ELSE SUBSTRING([src].[_dm_digest_1], 1, 16)
    END AS VARCHAR(120)) AS [street],
    [src].[city] AS [city],
    CAST(CASE
      WHEN [src].[postal_code] IS NULL
      THEN NULL
      ELSE CASE
        WHEN LEN(CONCAT([src].[postal_code], '.')) - 1 <= 2
        THEN COALESCE(
          (
            SELECT
              STRING_AGG(
                CASE
                  WHEN CHARINDEX(SUBSTRING([src].[postal_code], [n].[value], 1), ' -') > 0
                  THEN SUBSTRING([src].[postal_code], [n].[value], 1)
                  ELSE '*'
                END,
                ''
              ) WITHIN GROUP (ORDER BY
                [n].[value])
            FROM GENERATE_SERIES(1, LEN(CONCAT([src].[postal_code], '.')) - 1) AS [n]
          ),
          ''
        )
        ELSE CONCAT(
          SUBSTRING([src].[postal_code], 1, 2),
          COALESCE(
            (
              SELECT
                STRING_AGG(
                  CASE
                    WHEN CHARINDEX(
                      SUBSTRING(
                        SUBSTRING([src].[postal_code], 3, LEN(CONCAT([src].[postal_code], '.')) - 1 - 2),
                        [n].[value],
                        1
                      ),
                      ' -'
                    ) > 0
                    THEN SUBSTRING(
                      SUBSTRING([src].[postal_code], 3, LEN(CONCAT([src].[postal_code], '.')) - 1 - 2),
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
                  CONCAT(
                    SUBSTRING([src].[postal_code], 3, LEN(CONCAT([src].[postal_code], '.')) - 1 - 2),
                    '.'
                  )
                ) - 1
              ) AS [n]
            ),
            ''
          )
        )
      END
    END AS VARCHAR(12)) AS [postal_code],
    [src].[country] AS [country]
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
              'e6afc0773fc6fb705640f7104f74fdd383f4ee52d86fd26301849f14ced56751',
              CAST([src].[street] AS NVARCHAR(MAX))
            ) AS NVARCHAR(MAX)) COLLATE Latin1_General_100_CI_AS_SC_UTF8 AS VARCHAR(MAX))
          ),
          2
        )
      ) AS [_dm_digest_1]
    FROM [main].[addresses] AS [src]
  ) AS [src]
) AS [temp];

ALTER TABLE [masked].[_dm_stage_fe79d7d4f725]
ALTER COLUMN [id] INTEGER NOT NULL;

ALTER TABLE [masked].[_dm_stage_fe79d7d4f725]
ALTER COLUMN [customer_id] INTEGER NOT NULL;

ALTER TABLE [masked].[_dm_stage_fe79d7d4f725]
ALTER COLUMN [street] VARCHAR(120) NOT NULL;

ALTER TABLE [masked].[_dm_stage_fe79d7d4f725]
ALTER COLUMN [city] VARCHAR(60) NOT NULL;

ALTER TABLE [masked].[_dm_stage_fe79d7d4f725]
ALTER COLUMN [postal_code] VARCHAR(12) NOT NULL;

ALTER TABLE [masked].[_dm_stage_fe79d7d4f725]
ALTER COLUMN [country] CHAR(2) NOT NULL;

-- file: 003_orders.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect tsql
-- builds the masked copy of main.orders in a staging table
-- masking key: EXEC sp_set_session_context @key = N'datamask_key', @value = N'<output of: datamask-sql key>';

DROP TABLE IF EXISTS [masked].[_dm_stage_1c168adb00d2];

SELECT
  *
INTO [masked].[_dm_stage_1c168adb00d2]
FROM (
  SELECT
    [src].[id] AS [id],
    [src].[customer_id] AS [customer_id],
    [src].[shipping_address_id] AS [shipping_address_id],
    [src].[ordered_at] AS [ordered_at],
    [src].[status] AS [status],
    [src].[total] AS [total]
  FROM [main].[orders] AS [src]
) AS [temp];

ALTER TABLE [masked].[_dm_stage_1c168adb00d2]
ALTER COLUMN [id] INTEGER NOT NULL;

ALTER TABLE [masked].[_dm_stage_1c168adb00d2]
ALTER COLUMN [customer_id] INTEGER NOT NULL;

ALTER TABLE [masked].[_dm_stage_1c168adb00d2]
ALTER COLUMN [ordered_at] DATETIME2 NOT NULL;

ALTER TABLE [masked].[_dm_stage_1c168adb00d2]
ALTER COLUMN [status] VARCHAR(16) NOT NULL;

ALTER TABLE [masked].[_dm_stage_1c168adb00d2]
ALTER COLUMN [total] NUMERIC(10, 2) NOT NULL;

-- file: 004_payments.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect tsql
-- builds the masked copy of main.payments in a staging table
-- masking key: EXEC sp_set_session_context @key = N'datamask_key', @value = N'<output of: datamask-sql key>';

DROP TABLE IF EXISTS [masked].[_dm_stage_df384ae97c77];

SELECT
  *
INTO [masked].[_dm_stage_df384ae97c77]
FROM (
  SELECT
    [src].[id] AS [id],
    [src].[order_id] AS [order_id],
    CAST(CASE
      WHEN [src].[card_number] IS NULL
      THEN NULL
      ELSE CASE
        WHEN LEN(CONCAT([src].[card_number], '.')) - 1 <= 4
        THEN COALESCE(
          (
            SELECT
              STRING_AGG(
                CASE
                  WHEN CHARINDEX(SUBSTRING([src].[card_number], [n].[value], 1), ' -') > 0
                  THEN SUBSTRING([src].[card_number], [n].[value], 1)
                  ELSE '*'
                END,
                ''
              ) WITHIN GROUP (ORDER BY
                [n].[value])
            FROM GENERATE_SERIES(1, LEN(CONCAT([src].[card_number], '.')) - 1) AS [n]
          ),
          ''
        )
        ELSE CONCAT(
          COALESCE(
            (
              SELECT
                STRING_AGG(
                  CASE
                    WHEN CHARINDEX(
                      SUBSTRING(
                        SUBSTRING([src].[card_number], 1, LEN(CONCAT([src].[card_number], '.')) - 1 - 4),
                        [n].[value],
                        1
                      ),
                      ' -'
                    ) > 0
                    THEN SUBSTRING(
                      SUBSTRING([src].[card_number], 1, LEN(CONCAT([src].[card_number], '.')) - 1 - 4),
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
                  CONCAT(
                    SUBSTRING([src].[card_number], 1, LEN(CONCAT([src].[card_number], '.')) - 1 - 4),
                    '.'
                  )
                ) - 1
              ) AS [n]
            ),
            ''
          ),
          SUBSTRING([src].[card_number], LEN(CONCAT([src].[card_number], '.')) - 1 - 4 + 1, 4)
        )
      END
    END AS VARCHAR(19)) AS [card_number],
    [src].[card_last4] AS [card_last4],
    [src].[amount] AS [amount],
    [src].[paid_at] AS [paid_at]
  FROM [main].[payments] AS [src]
) AS [temp];

ALTER TABLE [masked].[_dm_stage_df384ae97c77]
ALTER COLUMN [id] INTEGER NOT NULL;

ALTER TABLE [masked].[_dm_stage_df384ae97c77]
ALTER COLUMN [order_id] INTEGER NOT NULL;

ALTER TABLE [masked].[_dm_stage_df384ae97c77]
ALTER COLUMN [card_number] VARCHAR(19) NOT NULL;

ALTER TABLE [masked].[_dm_stage_df384ae97c77]
ALTER COLUMN [card_last4] CHAR(4) NOT NULL;

ALTER TABLE [masked].[_dm_stage_df384ae97c77]
ALTER COLUMN [amount] NUMERIC(10, 2) NOT NULL;

-- file: 005_swap.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect tsql
-- replaces each target table by its verified staging table

BEGIN TRANSACTION;

DROP TABLE IF EXISTS [masked].[customers];

EXEC sp_rename '[masked].[_dm_stage_21eb2153dd14]', 'customers';

DROP TABLE IF EXISTS [masked].[addresses];

EXEC sp_rename '[masked].[_dm_stage_fe79d7d4f725]', 'addresses';

DROP TABLE IF EXISTS [masked].[orders];

EXEC sp_rename '[masked].[_dm_stage_1c168adb00d2]', 'orders';

DROP TABLE IF EXISTS [masked].[payments];

EXEC sp_rename '[masked].[_dm_stage_df384ae97c77]', 'payments';

COMMIT TRANSACTION;

