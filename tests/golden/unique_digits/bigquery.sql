-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect bigquery
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS `masked`;

CREATE TABLE IF NOT EXISTS `masked`.`_datamask_meta` (
  `table_name` STRING(255) NOT NULL,
  `key_fingerprint` STRING(64) NOT NULL,
  `rules_sha256` STRING(64) NOT NULL,
  `algorithm` STRING(16) NOT NULL,
  `mode` STRING(16) NOT NULL,
  `cursor_column` STRING(255),
  `watermark` STRING(255),
  `built_at` STRING(40)
);

-- file: 001_cards.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect bigquery
-- builds the masked copy of public.cards in a staging table
-- masking key: bq query --use_legacy_sql=false --parameter=datamask_key:STRING:<output of: datamask-sql key> < this file

DROP TABLE IF EXISTS `masked`.`_dm_stage_6ac9a32c0ca8`;

CREATE TABLE `masked`.`_dm_stage_6ac9a32c0ca8` AS
SELECT
  CAST(CASE
    WHEN `src`.`card` IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH(
        REGEXP_REPLACE(
          SUBSTRING(
            `src`.`card`,
            1,
            CASE
              WHEN LENGTH(`src`.`card`) <= 4
              THEN 0
              WHEN LENGTH(`src`.`card`) - 4 < 23
              THEN LENGTH(`src`.`card`) - 4
              ELSE 23
            END
          ),
          '[^0-9]+$',
          ''
        )
      ) > 6
      THEN CONCAT(
        SUBSTRING(
          CONCAT(
            SUBSTRING(`src`.`card`, 1, 1),
            SUBSTRING(`src`.`card`, 2, 1),
            SUBSTRING(`src`.`card`, 3, 1),
            SUBSTRING(`src`.`card`, 4, 1),
            SUBSTRING(`src`.`card`, 5, 1),
            SUBSTRING(`src`.`card`, 6, 1),
            CASE
              WHEN (
                7 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 7, 1)) > 0
              )
              AND NOT (
                7 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 7, 1)
            END,
            CASE
              WHEN (
                8 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 8, 1)) > 0
              )
              AND NOT (
                8 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 8, 1)
            END,
            CASE
              WHEN (
                9 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 9, 1)) > 0
              )
              AND NOT (
                9 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 9, 1)
            END,
            CASE
              WHEN (
                10 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 10, 1)) > 0
              )
              AND NOT (
                10 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 10, 1)
            END,
            CASE
              WHEN (
                11 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 11, 1)) > 0
              )
              AND NOT (
                11 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 11, 1)
            END,
            CASE
              WHEN (
                12 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 12, 1)) > 0
              )
              AND NOT (
                12 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 12, 1)
            END,
            CASE
              WHEN (
                13 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 13, 1)) > 0
              )
              AND NOT (
                13 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 13, 1)
            END,
            CASE
              WHEN (
                14 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 14, 1)) > 0
              )
              AND NOT (
                14 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 14, 1)
            END,
            CASE
              WHEN (
                15 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 15, 1)) > 0
              )
              AND NOT (
                15 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 15, 1)
            END,
            CASE
              WHEN (
                16 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 16, 1)) > 0
              )
              AND NOT (
                16 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 16, 1)
            END,
            CASE
              WHEN (
                17 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 17, 1)) > 0
              )
              AND NOT (
                17 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 17, 1)
            END,
            CASE
              WHEN (
                18 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 18, 1)) > 0
              )
              AND NOT (
                18 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 18, 1)
            END,
            CASE
              WHEN (
                19 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 19, 1)) > 0
              )
              AND NOT (
                19 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 19, 1)
            END,
            CASE
              WHEN (
                20 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 20, 1)) > 0
              )
              AND NOT (
                20 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 20, 1)
            END,
            CASE
              WHEN (
                21 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 21, 1)) > 0
              )
              AND NOT (
                21 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 21, 1)
            END,
            CASE
              WHEN (
                22 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 22, 1)) > 0
              )
              AND NOT (
                22 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 22, 1)
            END,
            CASE
              WHEN (
                23 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 23, 1)) > 0
              )
              AND NOT (
                23 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 23, 1)
            END,
            REGEXP_REPLACE(SUBSTRING(`src`.`card`, 24), '[0-9]', '0')
          ),
          1,
          LENGTH(
            REGEXP_REPLACE(
              SUBSTRING(
                `src`.`card`,
                1,
                CASE
                  WHEN LENGTH(`src`.`card`) <= 4
                  THEN 0
                  WHEN LENGTH(`src`.`card`) - 4 < 23
                  THEN LENGTH(`src`.`card`) - 4
                  ELSE 23
                END
              ),
              '[^0-9]+$',
              ''
            )
          ) - 1
        ),
        CASE
          WHEN MOD(
            LENGTH(
              REGEXP_REPLACE(
                SUBSTRING(
                  `src`.`card`,
                  LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) + 1
                ),
                '[^0-9]',
                ''
              )
            ),
            2
          ) = 1
          THEN SUBSTRING(
            '0516273849',
            CAST(MOD(
              10 - MOD(
                CASE
                  WHEN (
                    1 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 1, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 1
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 2), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    SUBSTRING(`src`.`card`, 1, 1)
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    2 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 2, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 2
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 3), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    SUBSTRING(`src`.`card`, 2, 1)
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    3 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 3, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 3
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 4), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    SUBSTRING(`src`.`card`, 3, 1)
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    4 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 4, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 4
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 5), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    SUBSTRING(`src`.`card`, 4, 1)
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    5 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 5, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 5
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 6), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    SUBSTRING(`src`.`card`, 5, 1)
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    6 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 6, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 6
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    SUBSTRING(`src`.`card`, 6, 1)
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    7 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 7, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 7
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 8), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        7 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 7, 1)) > 0
                      )
                      AND NOT (
                        7 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 7, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    8 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 8, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 8
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 9), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        8 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 8, 1)) > 0
                      )
                      AND NOT (
                        8 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 8, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    9 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 9, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 9
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 10), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        9 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 9, 1)) > 0
                      )
                      AND NOT (
                        9 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 9, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    10 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 10, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 10
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 11), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        10 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 10, 1)) > 0
                      )
                      AND NOT (
                        10 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 10, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    11 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 11, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 11
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 12), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        11 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 11, 1)) > 0
                      )
                      AND NOT (
                        11 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 11, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    12 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 12, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 12
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 13), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        12 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 12, 1)) > 0
                      )
                      AND NOT (
                        12 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 12, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    13 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 13, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 13
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 14), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        13 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 13, 1)) > 0
                      )
                      AND NOT (
                        13 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 13, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    14 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 14, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 14
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 15), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        14 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 14, 1)) > 0
                      )
                      AND NOT (
                        14 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 14, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    15 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 15, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 15
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 16), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        15 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 15, 1)) > 0
                      )
                      AND NOT (
                        15 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 15, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    16 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 16, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 16
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 17), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        16 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 16, 1)) > 0
                      )
                      AND NOT (
                        16 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 16, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    17 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 17, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 17
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 18), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        17 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 17, 1)) > 0
                      )
                      AND NOT (
                        17 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 17, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    18 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 18, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 18
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 19), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        18 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 18, 1)) > 0
                      )
                      AND NOT (
                        18 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 18, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    19 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 19, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 19
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 20), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        19 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 19, 1)) > 0
                      )
                      AND NOT (
                        19 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 19, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    20 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 20, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 20
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 21), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        20 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 20, 1)) > 0
                      )
                      AND NOT (
                        20 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 20, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    21 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 21, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 21
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 22), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        21 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 21, 1)) > 0
                      )
                      AND NOT (
                        21 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 21, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    22 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 22, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 22
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 23), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        22 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 22, 1)) > 0
                      )
                      AND NOT (
                        22 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 22, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    23 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 23, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 23
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 24), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        23 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 23, 1)) > 0
                      )
                      AND NOT (
                        23 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 23, 1)
                    END
                  ) - 1
                  ELSE 0
                END,
                10
              ),
              10
            ) + 1 AS INT64),
            1
          )
          ELSE SUBSTRING(
            '0123456789',
            CAST(MOD(
              10 - MOD(
                CASE
                  WHEN (
                    1 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 1, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 1
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 2), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    SUBSTRING(`src`.`card`, 1, 1)
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    2 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 2, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 2
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 3), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    SUBSTRING(`src`.`card`, 2, 1)
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    3 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 3, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 3
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 4), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    SUBSTRING(`src`.`card`, 3, 1)
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    4 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 4, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 4
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 5), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    SUBSTRING(`src`.`card`, 4, 1)
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    5 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 5, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 5
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 6), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    SUBSTRING(`src`.`card`, 5, 1)
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    6 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 6, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 6
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    SUBSTRING(`src`.`card`, 6, 1)
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    7 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 7, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 7
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 8), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        7 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 7, 1)) > 0
                      )
                      AND NOT (
                        7 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 7, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    8 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 8, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 8
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 9), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        8 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 8, 1)) > 0
                      )
                      AND NOT (
                        8 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 8, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    9 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 9, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 9
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 10), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        9 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 9, 1)) > 0
                      )
                      AND NOT (
                        9 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 9, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    10 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 10, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 10
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 11), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        10 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 10, 1)) > 0
                      )
                      AND NOT (
                        10 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 10, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    11 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 11, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 11
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 12), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        11 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 11, 1)) > 0
                      )
                      AND NOT (
                        11 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 11, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    12 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 12, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 12
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 13), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        12 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 12, 1)) > 0
                      )
                      AND NOT (
                        12 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 12, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    13 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 13, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 13
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 14), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        13 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 13, 1)) > 0
                      )
                      AND NOT (
                        13 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 13, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    14 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 14, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 14
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 15), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        14 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 14, 1)) > 0
                      )
                      AND NOT (
                        14 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 14, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    15 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 15, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 15
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 16), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        15 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 15, 1)) > 0
                      )
                      AND NOT (
                        15 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 15, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    16 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 16, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 16
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 17), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        16 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 16, 1)) > 0
                      )
                      AND NOT (
                        16 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 16, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    17 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 17, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 17
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 18), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        17 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 17, 1)) > 0
                      )
                      AND NOT (
                        17 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 17, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    18 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 18, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 18
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 19), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        18 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 18, 1)) > 0
                      )
                      AND NOT (
                        18 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 18, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    19 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 19, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 19
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 20), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        19 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 19, 1)) > 0
                      )
                      AND NOT (
                        19 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 19, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    20 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 20, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 20
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 21), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        20 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 20, 1)) > 0
                      )
                      AND NOT (
                        20 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 20, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    21 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 21, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 21
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 22), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        21 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 21, 1)) > 0
                      )
                      AND NOT (
                        21 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 21, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    22 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 22, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 22
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 23), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        22 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 22, 1)) > 0
                      )
                      AND NOT (
                        22 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 22, 1)
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    23 <= LENGTH(`src`.`card`)
                    AND INSTR('0123456789', SUBSTRING(`src`.`card`, 23, 1)) > 0
                  )
                  AND LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN LENGTH(`src`.`card`) - 4 < 23
                          THEN LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 23
                  THEN INSTR(
                    CASE
                      WHEN MOD(LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 24), '[^0-9]', '')), 2) = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END,
                    CASE
                      WHEN (
                        23 <= LENGTH(`src`.`card`)
                        AND INSTR('0123456789', SUBSTRING(`src`.`card`, 23, 1)) > 0
                      )
                      AND NOT (
                        23 > LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 23, 1)
                    END
                  ) - 1
                  ELSE 0
                END,
                10
              ),
              10
            ) + 1 AS INT64),
            1
          )
        END,
        SUBSTRING(
          CONCAT(
            SUBSTRING(`src`.`card`, 1, 1),
            SUBSTRING(`src`.`card`, 2, 1),
            SUBSTRING(`src`.`card`, 3, 1),
            SUBSTRING(`src`.`card`, 4, 1),
            SUBSTRING(`src`.`card`, 5, 1),
            SUBSTRING(`src`.`card`, 6, 1),
            CASE
              WHEN (
                7 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 7, 1)) > 0
              )
              AND NOT (
                7 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 7, 1)
            END,
            CASE
              WHEN (
                8 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 8, 1)) > 0
              )
              AND NOT (
                8 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 8, 1)
            END,
            CASE
              WHEN (
                9 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 9, 1)) > 0
              )
              AND NOT (
                9 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 9, 1)
            END,
            CASE
              WHEN (
                10 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 10, 1)) > 0
              )
              AND NOT (
                10 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 10, 1)
            END,
            CASE
              WHEN (
                11 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 11, 1)) > 0
              )
              AND NOT (
                11 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 11, 1)
            END,
            CASE
              WHEN (
                12 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 12, 1)) > 0
              )
              AND NOT (
                12 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 12, 1)
            END,
            CASE
              WHEN (
                13 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 13, 1)) > 0
              )
              AND NOT (
                13 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 13, 1)
            END,
            CASE
              WHEN (
                14 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 14, 1)) > 0
              )
              AND NOT (
                14 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 14, 1)
            END,
            CASE
              WHEN (
                15 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 15, 1)) > 0
              )
              AND NOT (
                15 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 15, 1)
            END,
            CASE
              WHEN (
                16 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 16, 1)) > 0
              )
              AND NOT (
                16 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 16, 1)
            END,
            CASE
              WHEN (
                17 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 17, 1)) > 0
              )
              AND NOT (
                17 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 17, 1)
            END,
            CASE
              WHEN (
                18 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 18, 1)) > 0
              )
              AND NOT (
                18 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 18, 1)
            END,
            CASE
              WHEN (
                19 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 19, 1)) > 0
              )
              AND NOT (
                19 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 19, 1)
            END,
            CASE
              WHEN (
                20 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 20, 1)) > 0
              )
              AND NOT (
                20 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 20, 1)
            END,
            CASE
              WHEN (
                21 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 21, 1)) > 0
              )
              AND NOT (
                21 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 21, 1)
            END,
            CASE
              WHEN (
                22 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 22, 1)) > 0
              )
              AND NOT (
                22 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 22, 1)
            END,
            CASE
              WHEN (
                23 <= LENGTH(`src`.`card`)
                AND INSTR('0123456789', SUBSTRING(`src`.`card`, 23, 1)) > 0
              )
              AND NOT (
                23 > LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 23, 1)
            END,
            REGEXP_REPLACE(SUBSTRING(`src`.`card`, 24), '[0-9]', '0')
          ),
          LENGTH(
            REGEXP_REPLACE(
              SUBSTRING(
                `src`.`card`,
                1,
                CASE
                  WHEN LENGTH(`src`.`card`) <= 4
                  THEN 0
                  WHEN LENGTH(`src`.`card`) - 4 < 23
                  THEN LENGTH(`src`.`card`) - 4
                  ELSE 23
                END
              ),
              '[^0-9]+$',
              ''
            )
          ) + 1
        )
      )
      ELSE CONCAT(
        SUBSTRING(`src`.`card`, 1, 1),
        SUBSTRING(`src`.`card`, 2, 1),
        SUBSTRING(`src`.`card`, 3, 1),
        SUBSTRING(`src`.`card`, 4, 1),
        SUBSTRING(`src`.`card`, 5, 1),
        SUBSTRING(`src`.`card`, 6, 1),
        CASE
          WHEN (
            7 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 7, 1)) > 0
          )
          AND NOT (
            7 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 7, 1)
        END,
        CASE
          WHEN (
            8 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 8, 1)) > 0
          )
          AND NOT (
            8 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 8, 1)
        END,
        CASE
          WHEN (
            9 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 9, 1)) > 0
          )
          AND NOT (
            9 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 9, 1)
        END,
        CASE
          WHEN (
            10 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 10, 1)) > 0
          )
          AND NOT (
            10 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 10, 1)
        END,
        CASE
          WHEN (
            11 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 11, 1)) > 0
          )
          AND NOT (
            11 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 11, 1)
        END,
        CASE
          WHEN (
            12 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 12, 1)) > 0
          )
          AND NOT (
            12 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 12, 1)
        END,
        CASE
          WHEN (
            13 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 13, 1)) > 0
          )
          AND NOT (
            13 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 13, 1)
        END,
        CASE
          WHEN (
            14 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 14, 1)) > 0
          )
          AND NOT (
            14 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 14, 1)
        END,
        CASE
          WHEN (
            15 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 15, 1)) > 0
          )
          AND NOT (
            15 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 15, 1)
        END,
        CASE
          WHEN (
            16 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 16, 1)) > 0
          )
          AND NOT (
            16 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 16, 1)
        END,
        CASE
          WHEN (
            17 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 17, 1)) > 0
          )
          AND NOT (
            17 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 17, 1)
        END,
        CASE
          WHEN (
            18 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 18, 1)) > 0
          )
          AND NOT (
            18 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 18, 1)
        END,
        CASE
          WHEN (
            19 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 19, 1)) > 0
          )
          AND NOT (
            19 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 19, 1)
        END,
        CASE
          WHEN (
            20 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 20, 1)) > 0
          )
          AND NOT (
            20 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 20, 1)
        END,
        CASE
          WHEN (
            21 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 21, 1)) > 0
          )
          AND NOT (
            21 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 21, 1)
        END,
        CASE
          WHEN (
            22 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 22, 1)) > 0
          )
          AND NOT (
            22 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 22, 1)
        END,
        CASE
          WHEN (
            23 <= LENGTH(`src`.`card`)
            AND INSTR('0123456789', SUBSTRING(`src`.`card`, 23, 1)) > 0
          )
          AND NOT (
            23 > LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 23, 1)
        END,
        REGEXP_REPLACE(SUBSTRING(`src`.`card`, 24), '[0-9]', '0')
      )
    END
  END AS STRING) AS `card`,
  CAST(CASE
    WHEN `src`.`phone` IS NULL
    THEN NULL
    ELSE CONCAT(
      SUBSTRING(`src`.`phone`, 1, 1),
      SUBSTRING(`src`.`phone`, 2, 1),
      SUBSTRING(`src`.`phone`, 3, 1),
      CASE
        WHEN 4 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 4, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 1), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 1), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 4, 1)
      END,
      CASE
        WHEN 5 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 5, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 2), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 2), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 5, 1)
      END,
      CASE
        WHEN 6 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 6, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 3), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 3), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 6, 1)
      END,
      CASE
        WHEN 7 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 7, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 4), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 4), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 7, 1)
      END,
      CASE
        WHEN 8 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 8, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 5), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 5), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 8, 1)
      END,
      CASE
        WHEN 9 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 9, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 6), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 6), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 9, 1)
      END,
      CASE
        WHEN 10 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 10, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 7), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 7), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 10, 1)
      END,
      CASE
        WHEN 11 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 11, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 8), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 8), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 11, 1)
      END,
      CASE
        WHEN 12 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 12, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 9), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 9), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 12, 1)
      END,
      CASE
        WHEN 13 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 13, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 10), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 10), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 13, 1)
      END,
      CASE
        WHEN 14 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 14, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 11), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 11), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 14, 1)
      END,
      CASE
        WHEN 15 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 15, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 12), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 12), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 15, 1)
      END,
      CASE
        WHEN 16 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 16, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 13), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 13), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 16, 1)
      END,
      CASE
        WHEN 17 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 17, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 14), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 14), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 17, 1)
      END,
      CASE
        WHEN 18 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 18, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 15), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 15), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 18, 1)
      END,
      CASE
        WHEN 19 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 19, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 16), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 16), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 19, 1)
      END,
      CASE
        WHEN 20 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 20, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 17), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 17), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 20, 1)
      END,
      REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 21), '[0-9]', '0')
    )
  END AS STRING) AS `phone`
FROM (
  SELECT
    `src`.*,
    CONCAT(
      SUBSTRING(
        CONCAT(REPEAT('0', `src`.`_dm_s2_2`), CAST(`src`.`_dm_s10_1` AS STRING)),
        LENGTH(CAST(`src`.`_dm_s10_1` AS STRING)) + 1
      ),
      SUBSTRING(
        CONCAT(REPEAT('0', `src`.`_dm_s2_3`), CAST(`src`.`_dm_s10_2` AS STRING)),
        LENGTH(CAST(`src`.`_dm_s10_2` AS STRING)) + 1
      )
    ) AS `_dm_s11_1`,
    CONCAT(
      SUBSTRING(
        CONCAT(REPEAT('0', `src`.`_dm_s2_9`), CAST(`src`.`_dm_s10_3` AS STRING)),
        LENGTH(CAST(`src`.`_dm_s10_3` AS STRING)) + 1
      ),
      SUBSTRING(
        CONCAT(REPEAT('0', `src`.`_dm_s2_10`), CAST(`src`.`_dm_s10_4` AS STRING)),
        LENGTH(CAST(`src`.`_dm_s10_4` AS STRING)) + 1
      )
    ) AS `_dm_s11_2`
  FROM (
    SELECT
      `src`.*,
      `src`.`_dm_s9_2` AS `_dm_s10_1`,
      MOD(
        `src`.`_dm_s9_1` + MOD(
          CAST(CONCAT(
            '0x',
            SUBSTRING(
              TO_HEX(
                SHA256(
                  CONCAT(
                    @datamask_key,
                    '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                    CAST(`src`.`_dm_s2_1` AS STRING),
                    ':7:',
                    CAST(`src`.`_dm_s9_2` AS STRING)
                  )
                )
              ),
              1,
              15
            )
          ) AS INT64),
          `src`.`_dm_s2_7`
        ),
        `src`.`_dm_s2_7`
      ) AS `_dm_s10_2`,
      `src`.`_dm_s9_4` AS `_dm_s10_3`,
      MOD(
        `src`.`_dm_s9_3` + MOD(
          CAST(CONCAT(
            '0x',
            SUBSTRING(
              TO_HEX(
                SHA256(
                  CONCAT(
                    @datamask_key,
                    'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                    CAST(`src`.`_dm_s2_8` AS STRING),
                    ':7:',
                    CAST(`src`.`_dm_s9_4` AS STRING)
                  )
                )
              ),
              1,
              15
            )
          ) AS INT64),
          `src`.`_dm_s2_14`
        ),
        `src`.`_dm_s2_14`
      ) AS `_dm_s10_4`
    FROM (
      SELECT
        `src`.*,
        `src`.`_dm_s8_2` AS `_dm_s9_1`,
        MOD(
          `src`.`_dm_s8_1` + MOD(
            CAST(CONCAT(
              '0x',
              SUBSTRING(
                TO_HEX(
                  SHA256(
                    CONCAT(
                      @datamask_key,
                      '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                      CAST(`src`.`_dm_s2_1` AS STRING),
                      ':6:',
                      CAST(`src`.`_dm_s8_2` AS STRING)
                    )
                  )
                ),
                1,
                15
              )
            ) AS INT64),
            `src`.`_dm_s2_6`
          ),
          `src`.`_dm_s2_6`
        ) AS `_dm_s9_2`,
        `src`.`_dm_s8_4` AS `_dm_s9_3`,
        MOD(
          `src`.`_dm_s8_3` + MOD(
            CAST(CONCAT(
              '0x',
              SUBSTRING(
                TO_HEX(
                  SHA256(
                    CONCAT(
                      @datamask_key,
                      'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                      CAST(`src`.`_dm_s2_8` AS STRING),
                      ':6:',
                      CAST(`src`.`_dm_s8_4` AS STRING)
                    )
                  )
                ),
                1,
                15
              )
            ) AS INT64),
            `src`.`_dm_s2_13`
          ),
          `src`.`_dm_s2_13`
        ) AS `_dm_s9_4`
      FROM (
        SELECT
          `src`.*,
          `src`.`_dm_s7_2` AS `_dm_s8_1`,
          MOD(
            `src`.`_dm_s7_1` + MOD(
              CAST(CONCAT(
                '0x',
                SUBSTRING(
                  TO_HEX(
                    SHA256(
                      CONCAT(
                        @datamask_key,
                        '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                        CAST(`src`.`_dm_s2_1` AS STRING),
                        ':5:',
                        CAST(`src`.`_dm_s7_2` AS STRING)
                      )
                    )
                  ),
                  1,
                  15
                )
              ) AS INT64),
              `src`.`_dm_s2_7`
            ),
            `src`.`_dm_s2_7`
          ) AS `_dm_s8_2`,
          `src`.`_dm_s7_4` AS `_dm_s8_3`,
          MOD(
            `src`.`_dm_s7_3` + MOD(
              CAST(CONCAT(
                '0x',
                SUBSTRING(
                  TO_HEX(
                    SHA256(
                      CONCAT(
                        @datamask_key,
                        'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                        CAST(`src`.`_dm_s2_8` AS STRING),
                        ':5:',
                        CAST(`src`.`_dm_s7_4` AS STRING)
                      )
                    )
                  ),
                  1,
                  15
                )
              ) AS INT64),
              `src`.`_dm_s2_14`
            ),
            `src`.`_dm_s2_14`
          ) AS `_dm_s8_4`
        FROM (
          SELECT
            `src`.*,
            `src`.`_dm_s6_2` AS `_dm_s7_1`,
            MOD(
              `src`.`_dm_s6_1` + MOD(
                CAST(CONCAT(
                  '0x',
                  SUBSTRING(
                    TO_HEX(
                      SHA256(
                        CONCAT(
                          @datamask_key,
                          '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                          CAST(`src`.`_dm_s2_1` AS STRING),
                          ':4:',
                          CAST(`src`.`_dm_s6_2` AS STRING)
                        )
                      )
                    ),
                    1,
                    15
                  )
                ) AS INT64),
                `src`.`_dm_s2_6`
              ),
              `src`.`_dm_s2_6`
            ) AS `_dm_s7_2`,
            `src`.`_dm_s6_4` AS `_dm_s7_3`,
            MOD(
              `src`.`_dm_s6_3` + MOD(
                CAST(CONCAT(
                  '0x',
                  SUBSTRING(
                    TO_HEX(
                      SHA256(
                        CONCAT(
                          @datamask_key,
                          'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                          CAST(`src`.`_dm_s2_8` AS STRING),
                          ':4:',
                          CAST(`src`.`_dm_s6_4` AS STRING)
                        )
                      )
                    ),
                    1,
                    15
                  )
                ) AS INT64),
                `src`.`_dm_s2_13`
              ),
              `src`.`_dm_s2_13`
            ) AS `_dm_s7_4`
          FROM (
            SELECT
              `src`.*,
              `src`.`_dm_s5_2` AS `_dm_s6_1`,
              MOD(
                `src`.`_dm_s5_1` + MOD(
                  CAST(CONCAT(
                    '0x',
                    SUBSTRING(
                      TO_HEX(
                        SHA256(
                          CONCAT(
                            @datamask_key,
                            '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                            CAST(`src`.`_dm_s2_1` AS STRING),
                            ':3:',
                            CAST(`src`.`_dm_s5_2` AS STRING)
                          )
                        )
                      ),
                      1,
                      15
                    )
                  ) AS INT64),
                  `src`.`_dm_s2_7`
                ),
                `src`.`_dm_s2_7`
              ) AS `_dm_s6_2`,
              `src`.`_dm_s5_4` AS `_dm_s6_3`,
              MOD(
                `src`.`_dm_s5_3` + MOD(
                  CAST(CONCAT(
                    '0x',
                    SUBSTRING(
                      TO_HEX(
                        SHA256(
                          CONCAT(
                            @datamask_key,
                            'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                            CAST(`src`.`_dm_s2_8` AS STRING),
                            ':3:',
                            CAST(`src`.`_dm_s5_4` AS STRING)
                          )
                        )
                      ),
                      1,
                      15
                    )
                  ) AS INT64),
                  `src`.`_dm_s2_14`
                ),
                `src`.`_dm_s2_14`
              ) AS `_dm_s6_4`
            FROM (
              SELECT
                `src`.*,
                `src`.`_dm_s4_2` AS `_dm_s5_1`,
                MOD(
                  `src`.`_dm_s4_1` + MOD(
                    CAST(CONCAT(
                      '0x',
                      SUBSTRING(
                        TO_HEX(
                          SHA256(
                            CONCAT(
                              @datamask_key,
                              '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                              CAST(`src`.`_dm_s2_1` AS STRING),
                              ':2:',
                              CAST(`src`.`_dm_s4_2` AS STRING)
                            )
                          )
                        ),
                        1,
                        15
                      )
                    ) AS INT64),
                    `src`.`_dm_s2_6`
                  ),
                  `src`.`_dm_s2_6`
                ) AS `_dm_s5_2`,
                `src`.`_dm_s4_4` AS `_dm_s5_3`,
                MOD(
                  `src`.`_dm_s4_3` + MOD(
                    CAST(CONCAT(
                      '0x',
                      SUBSTRING(
                        TO_HEX(
                          SHA256(
                            CONCAT(
                              @datamask_key,
                              'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                              CAST(`src`.`_dm_s2_8` AS STRING),
                              ':2:',
                              CAST(`src`.`_dm_s4_4` AS STRING)
                            )
                          )
                        ),
                        1,
                        15
                      )
                    ) AS INT64),
                    `src`.`_dm_s2_13`
                  ),
                  `src`.`_dm_s2_13`
                ) AS `_dm_s5_4`
              FROM (
                SELECT
                  `src`.*,
                  `src`.`_dm_s3_2` AS `_dm_s4_1`,
                  MOD(
                    `src`.`_dm_s3_1` + MOD(
                      CAST(CONCAT(
                        '0x',
                        SUBSTRING(
                          TO_HEX(
                            SHA256(
                              CONCAT(
                                @datamask_key,
                                '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                                CAST(`src`.`_dm_s2_1` AS STRING),
                                ':1:',
                                CAST(`src`.`_dm_s3_2` AS STRING)
                              )
                            )
                          ),
                          1,
                          15
                        )
                      ) AS INT64),
                      `src`.`_dm_s2_7`
                    ),
                    `src`.`_dm_s2_7`
                  ) AS `_dm_s4_2`,
                  `src`.`_dm_s3_4` AS `_dm_s4_3`,
                  MOD(
                    `src`.`_dm_s3_3` + MOD(
                      CAST(CONCAT(
                        '0x',
                        SUBSTRING(
                          TO_HEX(
                            SHA256(
                              CONCAT(
                                @datamask_key,
                                'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                CAST(`src`.`_dm_s2_8` AS STRING),
                                ':1:',
                                CAST(`src`.`_dm_s3_4` AS STRING)
                              )
                            )
                          ),
                          1,
                          15
                        )
                      ) AS INT64),
                      `src`.`_dm_s2_14`
                    ),
                    `src`.`_dm_s2_14`
                  ) AS `_dm_s4_4`
                FROM (
                  SELECT
                    `src`.*,
                    `src`.`_dm_s2_5` AS `_dm_s3_1`,
                    MOD(
                      `src`.`_dm_s2_4` + MOD(
                        CAST(CONCAT(
                          '0x',
                          SUBSTRING(
                            TO_HEX(
                              SHA256(
                                CONCAT(
                                  @datamask_key,
                                  '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                                  CAST(`src`.`_dm_s2_1` AS STRING),
                                  ':0:',
                                  CAST(`src`.`_dm_s2_5` AS STRING)
                                )
                              )
                            ),
                            1,
                            15
                          )
                        ) AS INT64),
                        `src`.`_dm_s2_6`
                      ),
                      `src`.`_dm_s2_6`
                    ) AS `_dm_s3_2`,
                    `src`.`_dm_s2_12` AS `_dm_s3_3`,
                    MOD(
                      `src`.`_dm_s2_11` + MOD(
                        CAST(CONCAT(
                          '0x',
                          SUBSTRING(
                            TO_HEX(
                              SHA256(
                                CONCAT(
                                  @datamask_key,
                                  'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                  CAST(`src`.`_dm_s2_8` AS STRING),
                                  ':0:',
                                  CAST(`src`.`_dm_s2_12` AS STRING)
                                )
                              )
                            ),
                            1,
                            15
                          )
                        ) AS INT64),
                        `src`.`_dm_s2_13`
                      ),
                      `src`.`_dm_s2_13`
                    ) AS `_dm_s3_4`
                  FROM (
                    SELECT
                      `src`.*,
                      LENGTH(`src`.`_dm_s1_1`) AS `_dm_s2_1`,
                      CAST((
                        LENGTH(`src`.`_dm_s1_1`) - MOD(LENGTH(`src`.`_dm_s1_1`), 2)
                      ) / 2 AS INT64) AS `_dm_s2_2`,
                      LENGTH(`src`.`_dm_s1_1`) - CAST((
                        LENGTH(`src`.`_dm_s1_1`) - MOD(LENGTH(`src`.`_dm_s1_1`), 2)
                      ) / 2 AS INT64) AS `_dm_s2_3`,
                      CAST(CONCAT(
                        '0',
                        SUBSTRING(
                          `src`.`_dm_s1_1`,
                          1,
                          CAST((
                            LENGTH(`src`.`_dm_s1_1`) - MOD(LENGTH(`src`.`_dm_s1_1`), 2)
                          ) / 2 AS INT64)
                        )
                      ) AS INT64) AS `_dm_s2_4`,
                      CAST(CONCAT(
                        '0',
                        SUBSTRING(
                          `src`.`_dm_s1_1`,
                          CAST((
                            LENGTH(`src`.`_dm_s1_1`) - MOD(LENGTH(`src`.`_dm_s1_1`), 2)
                          ) / 2 AS INT64) + 1
                        )
                      ) AS INT64) AS `_dm_s2_5`,
                      CAST(CONCAT(
                        '1',
                        REPEAT(
                          '0',
                          CAST((
                            LENGTH(`src`.`_dm_s1_1`) - MOD(LENGTH(`src`.`_dm_s1_1`), 2)
                          ) / 2 AS INT64)
                        )
                      ) AS INT64) AS `_dm_s2_6`,
                      CAST(CONCAT(
                        '1',
                        REPEAT(
                          '0',
                          LENGTH(`src`.`_dm_s1_1`) - CAST((
                            LENGTH(`src`.`_dm_s1_1`) - MOD(LENGTH(`src`.`_dm_s1_1`), 2)
                          ) / 2 AS INT64)
                        )
                      ) AS INT64) AS `_dm_s2_7`,
                      LENGTH(`src`.`_dm_s1_2`) AS `_dm_s2_8`,
                      CAST((
                        LENGTH(`src`.`_dm_s1_2`) - MOD(LENGTH(`src`.`_dm_s1_2`), 2)
                      ) / 2 AS INT64) AS `_dm_s2_9`,
                      LENGTH(`src`.`_dm_s1_2`) - CAST((
                        LENGTH(`src`.`_dm_s1_2`) - MOD(LENGTH(`src`.`_dm_s1_2`), 2)
                      ) / 2 AS INT64) AS `_dm_s2_10`,
                      CAST(CONCAT(
                        '0',
                        SUBSTRING(
                          `src`.`_dm_s1_2`,
                          1,
                          CAST((
                            LENGTH(`src`.`_dm_s1_2`) - MOD(LENGTH(`src`.`_dm_s1_2`), 2)
                          ) / 2 AS INT64)
                        )
                      ) AS INT64) AS `_dm_s2_11`,
                      CAST(CONCAT(
                        '0',
                        SUBSTRING(
                          `src`.`_dm_s1_2`,
                          CAST((
                            LENGTH(`src`.`_dm_s1_2`) - MOD(LENGTH(`src`.`_dm_s1_2`), 2)
                          ) / 2 AS INT64) + 1
                        )
                      ) AS INT64) AS `_dm_s2_12`,
                      CAST(CONCAT(
                        '1',
                        REPEAT(
                          '0',
                          CAST((
                            LENGTH(`src`.`_dm_s1_2`) - MOD(LENGTH(`src`.`_dm_s1_2`), 2)
                          ) / 2 AS INT64)
                        )
                      ) AS INT64) AS `_dm_s2_13`,
                      CAST(CONCAT(
                        '1',
                        REPEAT(
                          '0',
                          LENGTH(`src`.`_dm_s1_2`) - CAST((
                            LENGTH(`src`.`_dm_s1_2`) - MOD(LENGTH(`src`.`_dm_s1_2`), 2)
                          ) / 2 AS INT64)
                        )
                      ) AS INT64) AS `_dm_s2_14`
                    FROM (
                      SELECT
                        `src`.*,
                        SUBSTRING(
                          REGEXP_REPLACE(
                            REGEXP_REPLACE(
                              CASE
                                WHEN CASE
                                  WHEN LENGTH(`src`.`card`) <= 4
                                  THEN 0
                                  WHEN LENGTH(`src`.`card`) - 4 < 23
                                  THEN LENGTH(`src`.`card`) - 4
                                  ELSE 23
                                END > 6
                                THEN SUBSTRING(
                                  `src`.`card`,
                                  7,
                                  CASE
                                    WHEN LENGTH(`src`.`card`) <= 4
                                    THEN 0
                                    WHEN LENGTH(`src`.`card`) - 4 < 23
                                    THEN LENGTH(`src`.`card`) - 4
                                    ELSE 23
                                  END - 6
                                )
                                ELSE ''
                              END,
                              '[^0-9]',
                              ''
                            ),
                            '[0-9]$',
                            ''
                          ),
                          1,
                          36
                        ) AS `_dm_s1_1`,
                        SUBSTRING(
                          REGEXP_REPLACE(
                            CASE
                              WHEN CASE
                                WHEN LENGTH(`src`.`phone`) <= 0
                                THEN 0
                                WHEN LENGTH(`src`.`phone`) - 0 < 20
                                THEN LENGTH(`src`.`phone`) - 0
                                ELSE 20
                              END > 3
                              THEN SUBSTRING(
                                `src`.`phone`,
                                4,
                                CASE
                                  WHEN LENGTH(`src`.`phone`) <= 0
                                  THEN 0
                                  WHEN LENGTH(`src`.`phone`) - 0 < 20
                                  THEN LENGTH(`src`.`phone`) - 0
                                  ELSE 20
                                END - 3
                              )
                              ELSE ''
                            END,
                            '[^0-9]',
                            ''
                          ),
                          1,
                          36
                        ) AS `_dm_s1_2`
                      FROM (
                        SELECT
                          `src`.*,
                          TO_HEX(
                            SHA256(
                              CONCAT(
                                @datamask_key,
                                '3bc7896a90eb8518c77389f11fd74b7613ada409adf100807b5764569889d6ee',
                                `src`.`card`
                              )
                            )
                          ) AS `_dm_digest_1`,
                          TO_HEX(
                            SHA256(
                              CONCAT(
                                @datamask_key,
                                '8d2b4f46e4c156c7bd16279a180d1be32e426e4a1e3c7c5e588e24e3981344df',
                                `src`.`phone`
                              )
                            )
                          ) AS `_dm_digest_2`
                        FROM `public`.`cards` AS `src`
                      ) AS `src`
                    ) AS `src`
                  ) AS `src`
                ) AS `src`
              ) AS `src`
            ) AS `src`
          ) AS `src`
        ) AS `src`
      ) AS `src`
    ) AS `src`
  ) AS `src`
) AS `src`;

-- file: 002_calls.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect bigquery
-- builds the masked copy of public.calls in a staging table
-- masking key: bq query --use_legacy_sql=false --parameter=datamask_key:STRING:<output of: datamask-sql key> < this file

DROP TABLE IF EXISTS `masked`.`_dm_stage_f46f5990ebfa`;

CREATE TABLE `masked`.`_dm_stage_f46f5990ebfa` AS
SELECT
  `src`.`id` AS `id`,
  CAST(CASE
    WHEN `src`.`phone` IS NULL
    THEN NULL
    ELSE CONCAT(
      SUBSTRING(`src`.`phone`, 1, 1),
      SUBSTRING(`src`.`phone`, 2, 1),
      SUBSTRING(`src`.`phone`, 3, 1),
      CASE
        WHEN 4 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 4, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 1), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 1), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 4, 1)
      END,
      CASE
        WHEN 5 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 5, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 2), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 2), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 5, 1)
      END,
      CASE
        WHEN 6 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 6, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 3), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 3), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 6, 1)
      END,
      CASE
        WHEN 7 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 7, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 4), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 4), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 7, 1)
      END,
      CASE
        WHEN 8 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 8, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 5), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 5), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 8, 1)
      END,
      CASE
        WHEN 9 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 9, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 6), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 6), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 9, 1)
      END,
      CASE
        WHEN 10 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 10, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 7), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 7), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 10, 1)
      END,
      CASE
        WHEN 11 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 11, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 8), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 8), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 11, 1)
      END,
      CASE
        WHEN 12 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 12, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 9), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 9), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 12, 1)
      END,
      CASE
        WHEN 13 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 13, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 10), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 10), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 13, 1)
      END,
      CASE
        WHEN 14 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 14, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 11), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 11), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 14, 1)
      END,
      CASE
        WHEN 15 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 15, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 12), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 12), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 15, 1)
      END,
      CASE
        WHEN 16 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 16, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 13), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 13), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 16, 1)
      END,
      CASE
        WHEN 17 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 17, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 14), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 14), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 17, 1)
      END,
      CASE
        WHEN 18 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 18, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 15), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 15), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 18, 1)
      END,
      CASE
        WHEN 19 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 19, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 16), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 16), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 19, 1)
      END,
      CASE
        WHEN 20 <= LENGTH(`src`.`phone`)
        AND INSTR('0123456789', SUBSTRING(`src`.`phone`, 20, 1)) > 0
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 17), '[^0-9]', '')) <= LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 17), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 20, 1)
      END,
      REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 21), '[0-9]', '0')
    )
  END AS STRING) AS `phone`
FROM (
  SELECT
    `src`.*,
    CONCAT(
      SUBSTRING(
        CONCAT(REPEAT('0', `src`.`_dm_s2_2`), CAST(`src`.`_dm_s10_1` AS STRING)),
        LENGTH(CAST(`src`.`_dm_s10_1` AS STRING)) + 1
      ),
      SUBSTRING(
        CONCAT(REPEAT('0', `src`.`_dm_s2_3`), CAST(`src`.`_dm_s10_2` AS STRING)),
        LENGTH(CAST(`src`.`_dm_s10_2` AS STRING)) + 1
      )
    ) AS `_dm_s11_1`
  FROM (
    SELECT
      `src`.*,
      `src`.`_dm_s9_2` AS `_dm_s10_1`,
      MOD(
        `src`.`_dm_s9_1` + MOD(
          CAST(CONCAT(
            '0x',
            SUBSTRING(
              TO_HEX(
                SHA256(
                  CONCAT(
                    @datamask_key,
                    'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                    CAST(`src`.`_dm_s2_1` AS STRING),
                    ':7:',
                    CAST(`src`.`_dm_s9_2` AS STRING)
                  )
                )
              ),
              1,
              15
            )
          ) AS INT64),
          `src`.`_dm_s2_7`
        ),
        `src`.`_dm_s2_7`
      ) AS `_dm_s10_2`
    FROM (
      SELECT
        `src`.*,
        `src`.`_dm_s8_2` AS `_dm_s9_1`,
        MOD(
          `src`.`_dm_s8_1` + MOD(
            CAST(CONCAT(
              '0x',
              SUBSTRING(
                TO_HEX(
                  SHA256(
                    CONCAT(
                      @datamask_key,
                      'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                      CAST(`src`.`_dm_s2_1` AS STRING),
                      ':6:',
                      CAST(`src`.`_dm_s8_2` AS STRING)
                    )
                  )
                ),
                1,
                15
              )
            ) AS INT64),
            `src`.`_dm_s2_6`
          ),
          `src`.`_dm_s2_6`
        ) AS `_dm_s9_2`
      FROM (
        SELECT
          `src`.*,
          `src`.`_dm_s7_2` AS `_dm_s8_1`,
          MOD(
            `src`.`_dm_s7_1` + MOD(
              CAST(CONCAT(
                '0x',
                SUBSTRING(
                  TO_HEX(
                    SHA256(
                      CONCAT(
                        @datamask_key,
                        'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                        CAST(`src`.`_dm_s2_1` AS STRING),
                        ':5:',
                        CAST(`src`.`_dm_s7_2` AS STRING)
                      )
                    )
                  ),
                  1,
                  15
                )
              ) AS INT64),
              `src`.`_dm_s2_7`
            ),
            `src`.`_dm_s2_7`
          ) AS `_dm_s8_2`
        FROM (
          SELECT
            `src`.*,
            `src`.`_dm_s6_2` AS `_dm_s7_1`,
            MOD(
              `src`.`_dm_s6_1` + MOD(
                CAST(CONCAT(
                  '0x',
                  SUBSTRING(
                    TO_HEX(
                      SHA256(
                        CONCAT(
                          @datamask_key,
                          'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                          CAST(`src`.`_dm_s2_1` AS STRING),
                          ':4:',
                          CAST(`src`.`_dm_s6_2` AS STRING)
                        )
                      )
                    ),
                    1,
                    15
                  )
                ) AS INT64),
                `src`.`_dm_s2_6`
              ),
              `src`.`_dm_s2_6`
            ) AS `_dm_s7_2`
          FROM (
            SELECT
              `src`.*,
              `src`.`_dm_s5_2` AS `_dm_s6_1`,
              MOD(
                `src`.`_dm_s5_1` + MOD(
                  CAST(CONCAT(
                    '0x',
                    SUBSTRING(
                      TO_HEX(
                        SHA256(
                          CONCAT(
                            @datamask_key,
                            'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                            CAST(`src`.`_dm_s2_1` AS STRING),
                            ':3:',
                            CAST(`src`.`_dm_s5_2` AS STRING)
                          )
                        )
                      ),
                      1,
                      15
                    )
                  ) AS INT64),
                  `src`.`_dm_s2_7`
                ),
                `src`.`_dm_s2_7`
              ) AS `_dm_s6_2`
            FROM (
              SELECT
                `src`.*,
                `src`.`_dm_s4_2` AS `_dm_s5_1`,
                MOD(
                  `src`.`_dm_s4_1` + MOD(
                    CAST(CONCAT(
                      '0x',
                      SUBSTRING(
                        TO_HEX(
                          SHA256(
                            CONCAT(
                              @datamask_key,
                              'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                              CAST(`src`.`_dm_s2_1` AS STRING),
                              ':2:',
                              CAST(`src`.`_dm_s4_2` AS STRING)
                            )
                          )
                        ),
                        1,
                        15
                      )
                    ) AS INT64),
                    `src`.`_dm_s2_6`
                  ),
                  `src`.`_dm_s2_6`
                ) AS `_dm_s5_2`
              FROM (
                SELECT
                  `src`.*,
                  `src`.`_dm_s3_2` AS `_dm_s4_1`,
                  MOD(
                    `src`.`_dm_s3_1` + MOD(
                      CAST(CONCAT(
                        '0x',
                        SUBSTRING(
                          TO_HEX(
                            SHA256(
                              CONCAT(
                                @datamask_key,
                                'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                CAST(`src`.`_dm_s2_1` AS STRING),
                                ':1:',
                                CAST(`src`.`_dm_s3_2` AS STRING)
                              )
                            )
                          ),
                          1,
                          15
                        )
                      ) AS INT64),
                      `src`.`_dm_s2_7`
                    ),
                    `src`.`_dm_s2_7`
                  ) AS `_dm_s4_2`
                FROM (
                  SELECT
                    `src`.*,
                    `src`.`_dm_s2_5` AS `_dm_s3_1`,
                    MOD(
                      `src`.`_dm_s2_4` + MOD(
                        CAST(CONCAT(
                          '0x',
                          SUBSTRING(
                            TO_HEX(
                              SHA256(
                                CONCAT(
                                  @datamask_key,
                                  'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                  CAST(`src`.`_dm_s2_1` AS STRING),
                                  ':0:',
                                  CAST(`src`.`_dm_s2_5` AS STRING)
                                )
                              )
                            ),
                            1,
                            15
                          )
                        ) AS INT64),
                        `src`.`_dm_s2_6`
                      ),
                      `src`.`_dm_s2_6`
                    ) AS `_dm_s3_2`
                  FROM (
                    SELECT
                      `src`.*,
                      LENGTH(`src`.`_dm_s1_1`) AS `_dm_s2_1`,
                      CAST((
                        LENGTH(`src`.`_dm_s1_1`) - MOD(LENGTH(`src`.`_dm_s1_1`), 2)
                      ) / 2 AS INT64) AS `_dm_s2_2`,
                      LENGTH(`src`.`_dm_s1_1`) - CAST((
                        LENGTH(`src`.`_dm_s1_1`) - MOD(LENGTH(`src`.`_dm_s1_1`), 2)
                      ) / 2 AS INT64) AS `_dm_s2_3`,
                      CAST(CONCAT(
                        '0',
                        SUBSTRING(
                          `src`.`_dm_s1_1`,
                          1,
                          CAST((
                            LENGTH(`src`.`_dm_s1_1`) - MOD(LENGTH(`src`.`_dm_s1_1`), 2)
                          ) / 2 AS INT64)
                        )
                      ) AS INT64) AS `_dm_s2_4`,
                      CAST(CONCAT(
                        '0',
                        SUBSTRING(
                          `src`.`_dm_s1_1`,
                          CAST((
                            LENGTH(`src`.`_dm_s1_1`) - MOD(LENGTH(`src`.`_dm_s1_1`), 2)
                          ) / 2 AS INT64) + 1
                        )
                      ) AS INT64) AS `_dm_s2_5`,
                      CAST(CONCAT(
                        '1',
                        REPEAT(
                          '0',
                          CAST((
                            LENGTH(`src`.`_dm_s1_1`) - MOD(LENGTH(`src`.`_dm_s1_1`), 2)
                          ) / 2 AS INT64)
                        )
                      ) AS INT64) AS `_dm_s2_6`,
                      CAST(CONCAT(
                        '1',
                        REPEAT(
                          '0',
                          LENGTH(`src`.`_dm_s1_1`) - CAST((
                            LENGTH(`src`.`_dm_s1_1`) - MOD(LENGTH(`src`.`_dm_s1_1`), 2)
                          ) / 2 AS INT64)
                        )
                      ) AS INT64) AS `_dm_s2_7`
                    FROM (
                      SELECT
                        `src`.*,
                        SUBSTRING(
                          REGEXP_REPLACE(
                            CASE
                              WHEN CASE
                                WHEN LENGTH(`src`.`phone`) <= 0
                                THEN 0
                                WHEN LENGTH(`src`.`phone`) - 0 < 20
                                THEN LENGTH(`src`.`phone`) - 0
                                ELSE 20
                              END > 3
                              THEN SUBSTRING(
                                `src`.`phone`,
                                4,
                                CASE
                                  WHEN LENGTH(`src`.`phone`) <= 0
                                  THEN 0
                                  WHEN LENGTH(`src`.`phone`) - 0 < 20
                                  THEN LENGTH(`src`.`phone`) - 0
                                  ELSE 20
                                END - 3
                              )
                              ELSE ''
                            END,
                            '[^0-9]',
                            ''
                          ),
                          1,
                          36
                        ) AS `_dm_s1_1`
                      FROM (
                        SELECT
                          `src`.*,
                          TO_HEX(
                            SHA256(
                              CONCAT(
                                @datamask_key,
                                '8d2b4f46e4c156c7bd16279a180d1be32e426e4a1e3c7c5e588e24e3981344df',
                                `src`.`phone`
                              )
                            )
                          ) AS `_dm_digest_1`
                        FROM `public`.`calls` AS `src`
                      ) AS `src`
                    ) AS `src`
                  ) AS `src`
                ) AS `src`
              ) AS `src`
            ) AS `src`
          ) AS `src`
        ) AS `src`
      ) AS `src`
    ) AS `src`
  ) AS `src`
) AS `src`;

-- file: 003_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect bigquery
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'cards';

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'calls';

CREATE OR REPLACE TABLE `masked`.`cards` COPY `masked`.`_dm_stage_6ac9a32c0ca8`;

DROP TABLE IF EXISTS `masked`.`_dm_stage_6ac9a32c0ca8`;

CREATE OR REPLACE TABLE `masked`.`calls` COPY `masked`.`_dm_stage_f46f5990ebfa`;

DROP TABLE IF EXISTS `masked`.`_dm_stage_f46f5990ebfa`;

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'cards';

INSERT INTO `masked`.`_datamask_meta` (
  `table_name`,
  `key_fingerprint`,
  `rules_sha256`,
  `algorithm`,
  `mode`,
  `cursor_column`,
  `watermark`,
  `built_at`
)
SELECT
  'cards',
  SUBSTRING(TO_HEX(SHA256(CONCAT('datamask-sql/dm1/fingerprint:', @datamask_key))), 1, 16),
  '73606fd2730f8b91bde4db07fd0efb1b07b603e30707626510b92248123616fc',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS STRING);

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'calls';

INSERT INTO `masked`.`_datamask_meta` (
  `table_name`,
  `key_fingerprint`,
  `rules_sha256`,
  `algorithm`,
  `mode`,
  `cursor_column`,
  `watermark`,
  `built_at`
)
SELECT
  'calls',
  SUBSTRING(TO_HEX(SHA256(CONCAT('datamask-sql/dm1/fingerprint:', @datamask_key))), 1, 16),
  '057f02e42756e9c7535374cf3456080654914ccc2a9b4cd7fec826ad00e2c87f',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS STRING);

