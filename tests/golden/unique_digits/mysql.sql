-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS `masked`;

CREATE TABLE IF NOT EXISTS `masked`.`_datamask_meta` (
  `table_name` VARCHAR(255) NOT NULL,
  `key_fingerprint` VARCHAR(64) NOT NULL,
  `rules_sha256` VARCHAR(64) NOT NULL,
  `algorithm` VARCHAR(16) NOT NULL,
  `mode` VARCHAR(16) NOT NULL,
  `cursor_column` VARCHAR(255),
  `watermark` VARCHAR(255),
  `built_at` VARCHAR(40),
  PRIMARY KEY (`table_name`)
);

-- file: 001_cards.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- builds the masked copy of public.cards in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_6ac9a32c0ca8`;

CREATE TABLE `masked`.`_dm_stage_6ac9a32c0ca8` (
  CONSTRAINT `_dm_pk_9e9ae2c47e_0` PRIMARY KEY (`card`)
) AS
SELECT
  CAST(CASE
    WHEN `src`.`card` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(
        REGEXP_REPLACE(
          SUBSTRING(
            `src`.`card`,
            1,
            CASE
              WHEN CHAR_LENGTH(`src`.`card`) <= 4
              THEN 0
              WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
              THEN CHAR_LENGTH(`src`.`card`) - 4
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
                7 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 7, 1), '0123456789') > 0
              )
              AND NOT (
                7 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 7, 1)
            END,
            CASE
              WHEN (
                8 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 8, 1), '0123456789') > 0
              )
              AND NOT (
                8 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 8, 1)
            END,
            CASE
              WHEN (
                9 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 9, 1), '0123456789') > 0
              )
              AND NOT (
                9 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 9, 1)
            END,
            CASE
              WHEN (
                10 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 10, 1), '0123456789') > 0
              )
              AND NOT (
                10 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 10, 1)
            END,
            CASE
              WHEN (
                11 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 11, 1), '0123456789') > 0
              )
              AND NOT (
                11 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 11, 1)
            END,
            CASE
              WHEN (
                12 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 12, 1), '0123456789') > 0
              )
              AND NOT (
                12 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 12, 1)
            END,
            CASE
              WHEN (
                13 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 13, 1), '0123456789') > 0
              )
              AND NOT (
                13 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 13, 1)
            END,
            CASE
              WHEN (
                14 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 14, 1), '0123456789') > 0
              )
              AND NOT (
                14 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 14, 1)
            END,
            CASE
              WHEN (
                15 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 15, 1), '0123456789') > 0
              )
              AND NOT (
                15 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 15, 1)
            END,
            CASE
              WHEN (
                16 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 16, 1), '0123456789') > 0
              )
              AND NOT (
                16 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 16, 1)
            END,
            CASE
              WHEN (
                17 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 17, 1), '0123456789') > 0
              )
              AND NOT (
                17 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 17, 1)
            END,
            CASE
              WHEN (
                18 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 18, 1), '0123456789') > 0
              )
              AND NOT (
                18 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 18, 1)
            END,
            CASE
              WHEN (
                19 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 19, 1), '0123456789') > 0
              )
              AND NOT (
                19 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 19, 1)
            END,
            CASE
              WHEN (
                20 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 20, 1), '0123456789') > 0
              )
              AND NOT (
                20 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 20, 1)
            END,
            CASE
              WHEN (
                21 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 21, 1), '0123456789') > 0
              )
              AND NOT (
                21 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 21, 1)
            END,
            CASE
              WHEN (
                22 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 22, 1), '0123456789') > 0
              )
              AND NOT (
                22 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 22, 1)
            END,
            CASE
              WHEN (
                23 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 23, 1), '0123456789') > 0
              )
              AND NOT (
                23 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 23, 1)
            END,
            REGEXP_REPLACE(SUBSTRING(`src`.`card`, 24), '[0-9]', '0')
          ),
          1,
          CHAR_LENGTH(
            REGEXP_REPLACE(
              SUBSTRING(
                `src`.`card`,
                1,
                CASE
                  WHEN CHAR_LENGTH(`src`.`card`) <= 4
                  THEN 0
                  WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                  THEN CHAR_LENGTH(`src`.`card`) - 4
                  ELSE 23
                END
              ),
              '[^0-9]+$',
              ''
            )
          ) - 1
        ),
        CASE
          WHEN CHAR_LENGTH(
            REGEXP_REPLACE(
              SUBSTRING(
                `src`.`card`,
                CHAR_LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      `src`.`card`,
                      1,
                      CASE
                        WHEN CHAR_LENGTH(`src`.`card`) <= 4
                        THEN 0
                        WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                        THEN CHAR_LENGTH(`src`.`card`) - 4
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
          ) % 2 = 1
          THEN SUBSTRING(
            '0516273849',
            CAST((
              10 - (
                CASE
                  WHEN (
                    1 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 1, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 1
                  THEN LOCATE(
                    SUBSTRING(`src`.`card`, 1, 1),
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 2), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    2 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 2, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 2
                  THEN LOCATE(
                    SUBSTRING(`src`.`card`, 2, 1),
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 3), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    3 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 3, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 3
                  THEN LOCATE(
                    SUBSTRING(`src`.`card`, 3, 1),
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 4), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    4 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 4, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 4
                  THEN LOCATE(
                    SUBSTRING(`src`.`card`, 4, 1),
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 5), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    5 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 5, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 5
                  THEN LOCATE(
                    SUBSTRING(`src`.`card`, 5, 1),
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 6), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    6 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 6, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 6
                  THEN LOCATE(
                    SUBSTRING(`src`.`card`, 6, 1),
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    7 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 7, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 7
                  THEN LOCATE(
                    CASE
                      WHEN (
                        7 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 7, 1), '0123456789') > 0
                      )
                      AND NOT (
                        7 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 7, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 8), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    8 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 8, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 8
                  THEN LOCATE(
                    CASE
                      WHEN (
                        8 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 8, 1), '0123456789') > 0
                      )
                      AND NOT (
                        8 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 8, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 9), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    9 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 9, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 9
                  THEN LOCATE(
                    CASE
                      WHEN (
                        9 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 9, 1), '0123456789') > 0
                      )
                      AND NOT (
                        9 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 9, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 10), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    10 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 10, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 10
                  THEN LOCATE(
                    CASE
                      WHEN (
                        10 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 10, 1), '0123456789') > 0
                      )
                      AND NOT (
                        10 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 10, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 11), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    11 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 11, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 11
                  THEN LOCATE(
                    CASE
                      WHEN (
                        11 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 11, 1), '0123456789') > 0
                      )
                      AND NOT (
                        11 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 11, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 12), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    12 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 12, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 12
                  THEN LOCATE(
                    CASE
                      WHEN (
                        12 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 12, 1), '0123456789') > 0
                      )
                      AND NOT (
                        12 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 12, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 13), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    13 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 13, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 13
                  THEN LOCATE(
                    CASE
                      WHEN (
                        13 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 13, 1), '0123456789') > 0
                      )
                      AND NOT (
                        13 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 13, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 14), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    14 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 14, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 14
                  THEN LOCATE(
                    CASE
                      WHEN (
                        14 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 14, 1), '0123456789') > 0
                      )
                      AND NOT (
                        14 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 14, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 15), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    15 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 15, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 15
                  THEN LOCATE(
                    CASE
                      WHEN (
                        15 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 15, 1), '0123456789') > 0
                      )
                      AND NOT (
                        15 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 15, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 16), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    16 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 16, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 16
                  THEN LOCATE(
                    CASE
                      WHEN (
                        16 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 16, 1), '0123456789') > 0
                      )
                      AND NOT (
                        16 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 16, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 17), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    17 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 17, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 17
                  THEN LOCATE(
                    CASE
                      WHEN (
                        17 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 17, 1), '0123456789') > 0
                      )
                      AND NOT (
                        17 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 17, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 18), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    18 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 18, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 18
                  THEN LOCATE(
                    CASE
                      WHEN (
                        18 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 18, 1), '0123456789') > 0
                      )
                      AND NOT (
                        18 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 18, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 19), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    19 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 19, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 19
                  THEN LOCATE(
                    CASE
                      WHEN (
                        19 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 19, 1), '0123456789') > 0
                      )
                      AND NOT (
                        19 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 19, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 20), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    20 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 20, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 20
                  THEN LOCATE(
                    CASE
                      WHEN (
                        20 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 20, 1), '0123456789') > 0
                      )
                      AND NOT (
                        20 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 20, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 21), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    21 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 21, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 21
                  THEN LOCATE(
                    CASE
                      WHEN (
                        21 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 21, 1), '0123456789') > 0
                      )
                      AND NOT (
                        21 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 21, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 22), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    22 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 22, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 22
                  THEN LOCATE(
                    CASE
                      WHEN (
                        22 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 22, 1), '0123456789') > 0
                      )
                      AND NOT (
                        22 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 22, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 23), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    23 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 23, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 23
                  THEN LOCATE(
                    CASE
                      WHEN (
                        23 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 23, 1), '0123456789') > 0
                      )
                      AND NOT (
                        23 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 23, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 24), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END
              ) % 10
            ) % 10 + 1 AS SIGNED),
            1
          )
          ELSE SUBSTRING(
            '0123456789',
            CAST((
              10 - (
                CASE
                  WHEN (
                    1 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 1, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 1
                  THEN LOCATE(
                    SUBSTRING(`src`.`card`, 1, 1),
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 2), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    2 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 2, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 2
                  THEN LOCATE(
                    SUBSTRING(`src`.`card`, 2, 1),
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 3), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    3 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 3, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 3
                  THEN LOCATE(
                    SUBSTRING(`src`.`card`, 3, 1),
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 4), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    4 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 4, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 4
                  THEN LOCATE(
                    SUBSTRING(`src`.`card`, 4, 1),
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 5), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    5 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 5, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 5
                  THEN LOCATE(
                    SUBSTRING(`src`.`card`, 5, 1),
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 6), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    6 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 6, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 6
                  THEN LOCATE(
                    SUBSTRING(`src`.`card`, 6, 1),
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    7 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 7, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 7
                  THEN LOCATE(
                    CASE
                      WHEN (
                        7 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 7, 1), '0123456789') > 0
                      )
                      AND NOT (
                        7 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 7, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 8), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    8 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 8, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 8
                  THEN LOCATE(
                    CASE
                      WHEN (
                        8 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 8, 1), '0123456789') > 0
                      )
                      AND NOT (
                        8 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 8, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 9), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    9 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 9, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 9
                  THEN LOCATE(
                    CASE
                      WHEN (
                        9 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 9, 1), '0123456789') > 0
                      )
                      AND NOT (
                        9 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 9, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 10), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    10 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 10, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 10
                  THEN LOCATE(
                    CASE
                      WHEN (
                        10 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 10, 1), '0123456789') > 0
                      )
                      AND NOT (
                        10 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 10, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 11), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    11 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 11, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 11
                  THEN LOCATE(
                    CASE
                      WHEN (
                        11 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 11, 1), '0123456789') > 0
                      )
                      AND NOT (
                        11 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 11, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 12), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    12 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 12, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 12
                  THEN LOCATE(
                    CASE
                      WHEN (
                        12 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 12, 1), '0123456789') > 0
                      )
                      AND NOT (
                        12 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 12, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 13), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    13 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 13, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 13
                  THEN LOCATE(
                    CASE
                      WHEN (
                        13 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 13, 1), '0123456789') > 0
                      )
                      AND NOT (
                        13 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 13, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 14), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    14 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 14, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 14
                  THEN LOCATE(
                    CASE
                      WHEN (
                        14 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 14, 1), '0123456789') > 0
                      )
                      AND NOT (
                        14 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 14, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 15), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    15 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 15, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 15
                  THEN LOCATE(
                    CASE
                      WHEN (
                        15 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 15, 1), '0123456789') > 0
                      )
                      AND NOT (
                        15 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 15, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 16), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    16 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 16, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 16
                  THEN LOCATE(
                    CASE
                      WHEN (
                        16 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 16, 1), '0123456789') > 0
                      )
                      AND NOT (
                        16 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 16, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 17), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    17 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 17, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 17
                  THEN LOCATE(
                    CASE
                      WHEN (
                        17 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 17, 1), '0123456789') > 0
                      )
                      AND NOT (
                        17 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 17, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 18), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    18 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 18, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 18
                  THEN LOCATE(
                    CASE
                      WHEN (
                        18 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 18, 1), '0123456789') > 0
                      )
                      AND NOT (
                        18 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 18, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 19), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    19 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 19, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 19
                  THEN LOCATE(
                    CASE
                      WHEN (
                        19 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 19, 1), '0123456789') > 0
                      )
                      AND NOT (
                        19 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 19, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 20), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    20 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 20, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 20
                  THEN LOCATE(
                    CASE
                      WHEN (
                        20 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 20, 1), '0123456789') > 0
                      )
                      AND NOT (
                        20 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 20, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 21), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    21 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 21, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 21
                  THEN LOCATE(
                    CASE
                      WHEN (
                        21 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 21, 1), '0123456789') > 0
                      )
                      AND NOT (
                        21 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 21, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 22), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    22 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 22, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 22
                  THEN LOCATE(
                    CASE
                      WHEN (
                        22 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 22, 1), '0123456789') > 0
                      )
                      AND NOT (
                        22 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 22, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 23), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END + CASE
                  WHEN (
                    23 <= CHAR_LENGTH(`src`.`card`)
                    AND LOCATE(SUBSTRING(`src`.`card`, 23, 1), '0123456789') > 0
                  )
                  AND CHAR_LENGTH(
                    REGEXP_REPLACE(
                      SUBSTRING(
                        `src`.`card`,
                        1,
                        CASE
                          WHEN CHAR_LENGTH(`src`.`card`) <= 4
                          THEN 0
                          WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                          THEN CHAR_LENGTH(`src`.`card`) - 4
                          ELSE 23
                        END
                      ),
                      '[^0-9]+$',
                      ''
                    )
                  ) <> 23
                  THEN LOCATE(
                    CASE
                      WHEN (
                        23 <= CHAR_LENGTH(`src`.`card`)
                        AND LOCATE(SUBSTRING(`src`.`card`, 23, 1), '0123456789') > 0
                      )
                      AND NOT (
                        23 > CHAR_LENGTH(`src`.`card`) - 4
                      )
                      THEN CASE
                        WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                        THEN SUBSTRING(
                          `src`.`_dm_s11_1`,
                          CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')),
                          1
                        )
                        ELSE '0'
                      END
                      ELSE SUBSTRING(`src`.`card`, 23, 1)
                    END,
                    CASE
                      WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 24), '[^0-9]', '')) % 2 = 1
                      THEN '0516273849'
                      ELSE '0123456789'
                    END
                  ) - 1
                  ELSE 0
                END
              ) % 10
            ) % 10 + 1 AS SIGNED),
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
                7 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 7, 1), '0123456789') > 0
              )
              AND NOT (
                7 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 7, 1)
            END,
            CASE
              WHEN (
                8 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 8, 1), '0123456789') > 0
              )
              AND NOT (
                8 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 8, 1)
            END,
            CASE
              WHEN (
                9 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 9, 1), '0123456789') > 0
              )
              AND NOT (
                9 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 9, 1)
            END,
            CASE
              WHEN (
                10 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 10, 1), '0123456789') > 0
              )
              AND NOT (
                10 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 10, 1)
            END,
            CASE
              WHEN (
                11 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 11, 1), '0123456789') > 0
              )
              AND NOT (
                11 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 11, 1)
            END,
            CASE
              WHEN (
                12 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 12, 1), '0123456789') > 0
              )
              AND NOT (
                12 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 12, 1)
            END,
            CASE
              WHEN (
                13 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 13, 1), '0123456789') > 0
              )
              AND NOT (
                13 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 13, 1)
            END,
            CASE
              WHEN (
                14 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 14, 1), '0123456789') > 0
              )
              AND NOT (
                14 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 14, 1)
            END,
            CASE
              WHEN (
                15 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 15, 1), '0123456789') > 0
              )
              AND NOT (
                15 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 15, 1)
            END,
            CASE
              WHEN (
                16 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 16, 1), '0123456789') > 0
              )
              AND NOT (
                16 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 16, 1)
            END,
            CASE
              WHEN (
                17 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 17, 1), '0123456789') > 0
              )
              AND NOT (
                17 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 17, 1)
            END,
            CASE
              WHEN (
                18 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 18, 1), '0123456789') > 0
              )
              AND NOT (
                18 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 18, 1)
            END,
            CASE
              WHEN (
                19 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 19, 1), '0123456789') > 0
              )
              AND NOT (
                19 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 19, 1)
            END,
            CASE
              WHEN (
                20 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 20, 1), '0123456789') > 0
              )
              AND NOT (
                20 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 20, 1)
            END,
            CASE
              WHEN (
                21 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 21, 1), '0123456789') > 0
              )
              AND NOT (
                21 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 21, 1)
            END,
            CASE
              WHEN (
                22 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 22, 1), '0123456789') > 0
              )
              AND NOT (
                22 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 22, 1)
            END,
            CASE
              WHEN (
                23 <= CHAR_LENGTH(`src`.`card`)
                AND LOCATE(SUBSTRING(`src`.`card`, 23, 1), '0123456789') > 0
              )
              AND NOT (
                23 > CHAR_LENGTH(`src`.`card`) - 4
              )
              THEN CASE
                WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
                THEN SUBSTRING(
                  `src`.`_dm_s11_1`,
                  CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')),
                  1
                )
                ELSE '0'
              END
              ELSE SUBSTRING(`src`.`card`, 23, 1)
            END,
            REGEXP_REPLACE(SUBSTRING(`src`.`card`, 24), '[0-9]', '0')
          ),
          CHAR_LENGTH(
            REGEXP_REPLACE(
              SUBSTRING(
                `src`.`card`,
                1,
                CASE
                  WHEN CHAR_LENGTH(`src`.`card`) <= 4
                  THEN 0
                  WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                  THEN CHAR_LENGTH(`src`.`card`) - 4
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
            7 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 7, 1), '0123456789') > 0
          )
          AND NOT (
            7 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 1), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 7, 1)
        END,
        CASE
          WHEN (
            8 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 8, 1), '0123456789') > 0
          )
          AND NOT (
            8 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 2), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 8, 1)
        END,
        CASE
          WHEN (
            9 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 9, 1), '0123456789') > 0
          )
          AND NOT (
            9 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 3), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 9, 1)
        END,
        CASE
          WHEN (
            10 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 10, 1), '0123456789') > 0
          )
          AND NOT (
            10 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 4), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 10, 1)
        END,
        CASE
          WHEN (
            11 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 11, 1), '0123456789') > 0
          )
          AND NOT (
            11 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 5), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 11, 1)
        END,
        CASE
          WHEN (
            12 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 12, 1), '0123456789') > 0
          )
          AND NOT (
            12 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 6), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 12, 1)
        END,
        CASE
          WHEN (
            13 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 13, 1), '0123456789') > 0
          )
          AND NOT (
            13 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 7), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 13, 1)
        END,
        CASE
          WHEN (
            14 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 14, 1), '0123456789') > 0
          )
          AND NOT (
            14 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 8), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 14, 1)
        END,
        CASE
          WHEN (
            15 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 15, 1), '0123456789') > 0
          )
          AND NOT (
            15 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 9), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 15, 1)
        END,
        CASE
          WHEN (
            16 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 16, 1), '0123456789') > 0
          )
          AND NOT (
            16 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 10), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 16, 1)
        END,
        CASE
          WHEN (
            17 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 17, 1), '0123456789') > 0
          )
          AND NOT (
            17 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 11), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 17, 1)
        END,
        CASE
          WHEN (
            18 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 18, 1), '0123456789') > 0
          )
          AND NOT (
            18 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 12), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 18, 1)
        END,
        CASE
          WHEN (
            19 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 19, 1), '0123456789') > 0
          )
          AND NOT (
            19 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 13), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 19, 1)
        END,
        CASE
          WHEN (
            20 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 20, 1), '0123456789') > 0
          )
          AND NOT (
            20 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 14), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 20, 1)
        END,
        CASE
          WHEN (
            21 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 21, 1), '0123456789') > 0
          )
          AND NOT (
            21 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 15), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 21, 1)
        END,
        CASE
          WHEN (
            22 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 22, 1), '0123456789') > 0
          )
          AND NOT (
            22 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 16), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 22, 1)
        END,
        CASE
          WHEN (
            23 <= CHAR_LENGTH(`src`.`card`)
            AND LOCATE(SUBSTRING(`src`.`card`, 23, 1), '0123456789') > 0
          )
          AND NOT (
            23 > CHAR_LENGTH(`src`.`card`) - 4
          )
          THEN CASE
            WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
            THEN SUBSTRING(
              `src`.`_dm_s11_1`,
              CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`card`, 7, 17), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING(`src`.`card`, 23, 1)
        END,
        REGEXP_REPLACE(SUBSTRING(`src`.`card`, 24), '[0-9]', '0')
      )
    END
  END AS CHAR(23)) AS `card`,
  CAST(CASE
    WHEN `src`.`phone` IS NULL
    THEN NULL
    ELSE CONCAT(
      SUBSTRING(`src`.`phone`, 1, 1),
      SUBSTRING(`src`.`phone`, 2, 1),
      SUBSTRING(`src`.`phone`, 3, 1),
      CASE
        WHEN 4 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 4, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 1), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 1), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 4, 1)
      END,
      CASE
        WHEN 5 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 5, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 2), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 2), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 5, 1)
      END,
      CASE
        WHEN 6 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 6, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 3), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 3), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 6, 1)
      END,
      CASE
        WHEN 7 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 7, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 4), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 4), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 7, 1)
      END,
      CASE
        WHEN 8 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 8, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 5), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 5), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 8, 1)
      END,
      CASE
        WHEN 9 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 9, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 6), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 6), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 9, 1)
      END,
      CASE
        WHEN 10 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 10, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 7), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 7), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 10, 1)
      END,
      CASE
        WHEN 11 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 11, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 8), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 8), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 11, 1)
      END,
      CASE
        WHEN 12 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 12, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 9), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 9), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 12, 1)
      END,
      CASE
        WHEN 13 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 13, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 10), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 10), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 13, 1)
      END,
      CASE
        WHEN 14 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 14, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 11), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 11), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 14, 1)
      END,
      CASE
        WHEN 15 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 15, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 12), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 12), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 15, 1)
      END,
      CASE
        WHEN 16 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 16, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 13), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 13), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 16, 1)
      END,
      CASE
        WHEN 17 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 17, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 14), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 14), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 17, 1)
      END,
      CASE
        WHEN 18 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 18, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 15), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 15), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 18, 1)
      END,
      CASE
        WHEN 19 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 19, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 16), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 16), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 19, 1)
      END,
      CASE
        WHEN 20 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 20, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 17), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_2`)
          THEN SUBSTRING(
            `src`.`_dm_s11_2`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 17), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 20, 1)
      END,
      REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 21), '[0-9]', '0')
    )
  END AS CHAR(20)) AS `phone`
FROM (
  SELECT
    `src`.*,
    CONCAT(
      SUBSTRING(
        CONCAT(REPEAT('0', `src`.`_dm_s2_2`), CAST(`src`.`_dm_s10_1` AS CHAR)),
        CHAR_LENGTH(CAST(`src`.`_dm_s10_1` AS CHAR)) + 1
      ),
      SUBSTRING(
        CONCAT(REPEAT('0', `src`.`_dm_s2_3`), CAST(`src`.`_dm_s10_2` AS CHAR)),
        CHAR_LENGTH(CAST(`src`.`_dm_s10_2` AS CHAR)) + 1
      )
    ) AS `_dm_s11_1`,
    CONCAT(
      SUBSTRING(
        CONCAT(REPEAT('0', `src`.`_dm_s2_9`), CAST(`src`.`_dm_s10_3` AS CHAR)),
        CHAR_LENGTH(CAST(`src`.`_dm_s10_3` AS CHAR)) + 1
      ),
      SUBSTRING(
        CONCAT(REPEAT('0', `src`.`_dm_s2_10`), CAST(`src`.`_dm_s10_4` AS CHAR)),
        CHAR_LENGTH(CAST(`src`.`_dm_s10_4` AS CHAR)) + 1
      )
    ) AS `_dm_s11_2`
  FROM (
    SELECT
      `src`.*,
      `src`.`_dm_s9_2` AS `_dm_s10_1`,
      (
        `src`.`_dm_s9_1` + CAST(CONV(
          SUBSTRING(
            LOWER(
              SHA2(
                CAST(CONCAT(
                  COALESCE(
                    @datamask_key,
                    (
                      SELECT
                        'datamask_key is not set'
                      UNION ALL
                      SELECT
                        'see the file header'
                    )
                  ),
                  '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                  CAST(`src`.`_dm_s2_1` AS CHAR),
                  ':7:',
                  CAST(`src`.`_dm_s9_2` AS CHAR)
                ) AS CHAR CHARACTER SET utf8mb4),
                256
              )
            ),
            1,
            15
          ),
          16,
          10
        ) AS SIGNED) % `src`.`_dm_s2_7`
      ) % `src`.`_dm_s2_7` AS `_dm_s10_2`,
      `src`.`_dm_s9_4` AS `_dm_s10_3`,
      (
        `src`.`_dm_s9_3` + CAST(CONV(
          SUBSTRING(
            LOWER(
              SHA2(
                CAST(CONCAT(
                  COALESCE(
                    @datamask_key,
                    (
                      SELECT
                        'datamask_key is not set'
                      UNION ALL
                      SELECT
                        'see the file header'
                    )
                  ),
                  'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                  CAST(`src`.`_dm_s2_8` AS CHAR),
                  ':7:',
                  CAST(`src`.`_dm_s9_4` AS CHAR)
                ) AS CHAR CHARACTER SET utf8mb4),
                256
              )
            ),
            1,
            15
          ),
          16,
          10
        ) AS SIGNED) % `src`.`_dm_s2_14`
      ) % `src`.`_dm_s2_14` AS `_dm_s10_4`
    FROM (
      SELECT
        `src`.*,
        `src`.`_dm_s8_2` AS `_dm_s9_1`,
        (
          `src`.`_dm_s8_1` + CAST(CONV(
            SUBSTRING(
              LOWER(
                SHA2(
                  CAST(CONCAT(
                    COALESCE(
                      @datamask_key,
                      (
                        SELECT
                          'datamask_key is not set'
                        UNION ALL
                        SELECT
                          'see the file header'
                      )
                    ),
                    '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                    CAST(`src`.`_dm_s2_1` AS CHAR),
                    ':6:',
                    CAST(`src`.`_dm_s8_2` AS CHAR)
                  ) AS CHAR CHARACTER SET utf8mb4),
                  256
                )
              ),
              1,
              15
            ),
            16,
            10
          ) AS SIGNED) % `src`.`_dm_s2_6`
        ) % `src`.`_dm_s2_6` AS `_dm_s9_2`,
        `src`.`_dm_s8_4` AS `_dm_s9_3`,
        (
          `src`.`_dm_s8_3` + CAST(CONV(
            SUBSTRING(
              LOWER(
                SHA2(
                  CAST(CONCAT(
                    COALESCE(
                      @datamask_key,
                      (
                        SELECT
                          'datamask_key is not set'
                        UNION ALL
                        SELECT
                          'see the file header'
                      )
                    ),
                    'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                    CAST(`src`.`_dm_s2_8` AS CHAR),
                    ':6:',
                    CAST(`src`.`_dm_s8_4` AS CHAR)
                  ) AS CHAR CHARACTER SET utf8mb4),
                  256
                )
              ),
              1,
              15
            ),
            16,
            10
          ) AS SIGNED) % `src`.`_dm_s2_13`
        ) % `src`.`_dm_s2_13` AS `_dm_s9_4`
      FROM (
        SELECT
          `src`.*,
          `src`.`_dm_s7_2` AS `_dm_s8_1`,
          (
            `src`.`_dm_s7_1` + CAST(CONV(
              SUBSTRING(
                LOWER(
                  SHA2(
                    CAST(CONCAT(
                      COALESCE(
                        @datamask_key,
                        (
                          SELECT
                            'datamask_key is not set'
                          UNION ALL
                          SELECT
                            'see the file header'
                        )
                      ),
                      '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                      CAST(`src`.`_dm_s2_1` AS CHAR),
                      ':5:',
                      CAST(`src`.`_dm_s7_2` AS CHAR)
                    ) AS CHAR CHARACTER SET utf8mb4),
                    256
                  )
                ),
                1,
                15
              ),
              16,
              10
            ) AS SIGNED) % `src`.`_dm_s2_7`
          ) % `src`.`_dm_s2_7` AS `_dm_s8_2`,
          `src`.`_dm_s7_4` AS `_dm_s8_3`,
          (
            `src`.`_dm_s7_3` + CAST(CONV(
              SUBSTRING(
                LOWER(
                  SHA2(
                    CAST(CONCAT(
                      COALESCE(
                        @datamask_key,
                        (
                          SELECT
                            'datamask_key is not set'
                          UNION ALL
                          SELECT
                            'see the file header'
                        )
                      ),
                      'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                      CAST(`src`.`_dm_s2_8` AS CHAR),
                      ':5:',
                      CAST(`src`.`_dm_s7_4` AS CHAR)
                    ) AS CHAR CHARACTER SET utf8mb4),
                    256
                  )
                ),
                1,
                15
              ),
              16,
              10
            ) AS SIGNED) % `src`.`_dm_s2_14`
          ) % `src`.`_dm_s2_14` AS `_dm_s8_4`
        FROM (
          SELECT
            `src`.*,
            `src`.`_dm_s6_2` AS `_dm_s7_1`,
            (
              `src`.`_dm_s6_1` + CAST(CONV(
                SUBSTRING(
                  LOWER(
                    SHA2(
                      CAST(CONCAT(
                        COALESCE(
                          @datamask_key,
                          (
                            SELECT
                              'datamask_key is not set'
                            UNION ALL
                            SELECT
                              'see the file header'
                          )
                        ),
                        '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                        CAST(`src`.`_dm_s2_1` AS CHAR),
                        ':4:',
                        CAST(`src`.`_dm_s6_2` AS CHAR)
                      ) AS CHAR CHARACTER SET utf8mb4),
                      256
                    )
                  ),
                  1,
                  15
                ),
                16,
                10
              ) AS SIGNED) % `src`.`_dm_s2_6`
            ) % `src`.`_dm_s2_6` AS `_dm_s7_2`,
            `src`.`_dm_s6_4` AS `_dm_s7_3`,
            (
              `src`.`_dm_s6_3` + CAST(CONV(
                SUBSTRING(
                  LOWER(
                    SHA2(
                      CAST(CONCAT(
                        COALESCE(
                          @datamask_key,
                          (
                            SELECT
                              'datamask_key is not set'
                            UNION ALL
                            SELECT
                              'see the file header'
                          )
                        ),
                        'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                        CAST(`src`.`_dm_s2_8` AS CHAR),
                        ':4:',
                        CAST(`src`.`_dm_s6_4` AS CHAR)
                      ) AS CHAR CHARACTER SET utf8mb4),
                      256
                    )
                  ),
                  1,
                  15
                ),
                16,
                10
              ) AS SIGNED) % `src`.`_dm_s2_13`
            ) % `src`.`_dm_s2_13` AS `_dm_s7_4`
          FROM (
            SELECT
              `src`.*,
              `src`.`_dm_s5_2` AS `_dm_s6_1`,
              (
                `src`.`_dm_s5_1` + CAST(CONV(
                  SUBSTRING(
                    LOWER(
                      SHA2(
                        CAST(CONCAT(
                          COALESCE(
                            @datamask_key,
                            (
                              SELECT
                                'datamask_key is not set'
                              UNION ALL
                              SELECT
                                'see the file header'
                            )
                          ),
                          '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                          CAST(`src`.`_dm_s2_1` AS CHAR),
                          ':3:',
                          CAST(`src`.`_dm_s5_2` AS CHAR)
                        ) AS CHAR CHARACTER SET utf8mb4),
                        256
                      )
                    ),
                    1,
                    15
                  ),
                  16,
                  10
                ) AS SIGNED) % `src`.`_dm_s2_7`
              ) % `src`.`_dm_s2_7` AS `_dm_s6_2`,
              `src`.`_dm_s5_4` AS `_dm_s6_3`,
              (
                `src`.`_dm_s5_3` + CAST(CONV(
                  SUBSTRING(
                    LOWER(
                      SHA2(
                        CAST(CONCAT(
                          COALESCE(
                            @datamask_key,
                            (
                              SELECT
                                'datamask_key is not set'
                              UNION ALL
                              SELECT
                                'see the file header'
                            )
                          ),
                          'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                          CAST(`src`.`_dm_s2_8` AS CHAR),
                          ':3:',
                          CAST(`src`.`_dm_s5_4` AS CHAR)
                        ) AS CHAR CHARACTER SET utf8mb4),
                        256
                      )
                    ),
                    1,
                    15
                  ),
                  16,
                  10
                ) AS SIGNED) % `src`.`_dm_s2_14`
              ) % `src`.`_dm_s2_14` AS `_dm_s6_4`
            FROM (
              SELECT
                `src`.*,
                `src`.`_dm_s4_2` AS `_dm_s5_1`,
                (
                  `src`.`_dm_s4_1` + CAST(CONV(
                    SUBSTRING(
                      LOWER(
                        SHA2(
                          CAST(CONCAT(
                            COALESCE(
                              @datamask_key,
                              (
                                SELECT
                                  'datamask_key is not set'
                                UNION ALL
                                SELECT
                                  'see the file header'
                              )
                            ),
                            '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                            CAST(`src`.`_dm_s2_1` AS CHAR),
                            ':2:',
                            CAST(`src`.`_dm_s4_2` AS CHAR)
                          ) AS CHAR CHARACTER SET utf8mb4),
                          256
                        )
                      ),
                      1,
                      15
                    ),
                    16,
                    10
                  ) AS SIGNED) % `src`.`_dm_s2_6`
                ) % `src`.`_dm_s2_6` AS `_dm_s5_2`,
                `src`.`_dm_s4_4` AS `_dm_s5_3`,
                (
                  `src`.`_dm_s4_3` + CAST(CONV(
                    SUBSTRING(
                      LOWER(
                        SHA2(
                          CAST(CONCAT(
                            COALESCE(
                              @datamask_key,
                              (
                                SELECT
                                  'datamask_key is not set'
                                UNION ALL
                                SELECT
                                  'see the file header'
                              )
                            ),
                            'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                            CAST(`src`.`_dm_s2_8` AS CHAR),
                            ':2:',
                            CAST(`src`.`_dm_s4_4` AS CHAR)
                          ) AS CHAR CHARACTER SET utf8mb4),
                          256
                        )
                      ),
                      1,
                      15
                    ),
                    16,
                    10
                  ) AS SIGNED) % `src`.`_dm_s2_13`
                ) % `src`.`_dm_s2_13` AS `_dm_s5_4`
              FROM (
                SELECT
                  `src`.*,
                  `src`.`_dm_s3_2` AS `_dm_s4_1`,
                  (
                    `src`.`_dm_s3_1` + CAST(CONV(
                      SUBSTRING(
                        LOWER(
                          SHA2(
                            CAST(CONCAT(
                              COALESCE(
                                @datamask_key,
                                (
                                  SELECT
                                    'datamask_key is not set'
                                  UNION ALL
                                  SELECT
                                    'see the file header'
                                )
                              ),
                              '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                              CAST(`src`.`_dm_s2_1` AS CHAR),
                              ':1:',
                              CAST(`src`.`_dm_s3_2` AS CHAR)
                            ) AS CHAR CHARACTER SET utf8mb4),
                            256
                          )
                        ),
                        1,
                        15
                      ),
                      16,
                      10
                    ) AS SIGNED) % `src`.`_dm_s2_7`
                  ) % `src`.`_dm_s2_7` AS `_dm_s4_2`,
                  `src`.`_dm_s3_4` AS `_dm_s4_3`,
                  (
                    `src`.`_dm_s3_3` + CAST(CONV(
                      SUBSTRING(
                        LOWER(
                          SHA2(
                            CAST(CONCAT(
                              COALESCE(
                                @datamask_key,
                                (
                                  SELECT
                                    'datamask_key is not set'
                                  UNION ALL
                                  SELECT
                                    'see the file header'
                                )
                              ),
                              'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                              CAST(`src`.`_dm_s2_8` AS CHAR),
                              ':1:',
                              CAST(`src`.`_dm_s3_4` AS CHAR)
                            ) AS CHAR CHARACTER SET utf8mb4),
                            256
                          )
                        ),
                        1,
                        15
                      ),
                      16,
                      10
                    ) AS SIGNED) % `src`.`_dm_s2_14`
                  ) % `src`.`_dm_s2_14` AS `_dm_s4_4`
                FROM (
                  SELECT
                    `src`.*,
                    `src`.`_dm_s2_5` AS `_dm_s3_1`,
                    (
                      `src`.`_dm_s2_4` + CAST(CONV(
                        SUBSTRING(
                          LOWER(
                            SHA2(
                              CAST(CONCAT(
                                COALESCE(
                                  @datamask_key,
                                  (
                                    SELECT
                                      'datamask_key is not set'
                                    UNION ALL
                                    SELECT
                                      'see the file header'
                                  )
                                ),
                                '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7',
                                CAST(`src`.`_dm_s2_1` AS CHAR),
                                ':0:',
                                CAST(`src`.`_dm_s2_5` AS CHAR)
                              ) AS CHAR CHARACTER SET utf8mb4),
                              256
                            )
                          ),
                          1,
                          15
                        ),
                        16,
                        10
                      ) AS SIGNED) % `src`.`_dm_s2_6`
                    ) % `src`.`_dm_s2_6` AS `_dm_s3_2`,
                    `src`.`_dm_s2_12` AS `_dm_s3_3`,
                    (
                      `src`.`_dm_s2_11` + CAST(CONV(
                        SUBSTRING(
                          LOWER(
                            SHA2(
                              CAST(CONCAT(
                                COALESCE(
                                  @datamask_key,
                                  (
                                    SELECT
                                      'datamask_key is not set'
                                    UNION ALL
                                    SELECT
                                      'see the file header'
                                  )
                                ),
                                'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                CAST(`src`.`_dm_s2_8` AS CHAR),
                                ':0:',
                                CAST(`src`.`_dm_s2_12` AS CHAR)
                              ) AS CHAR CHARACTER SET utf8mb4),
                              256
                            )
                          ),
                          1,
                          15
                        ),
                        16,
                        10
                      ) AS SIGNED) % `src`.`_dm_s2_13`
                    ) % `src`.`_dm_s2_13` AS `_dm_s3_4`
                  FROM (
                    SELECT
                      `src`.*,
                      CHAR_LENGTH(`src`.`_dm_s1_1`) AS `_dm_s2_1`,
                      CAST((
                        CHAR_LENGTH(`src`.`_dm_s1_1`) - CHAR_LENGTH(`src`.`_dm_s1_1`) % 2
                      ) / 2 AS SIGNED) AS `_dm_s2_2`,
                      CHAR_LENGTH(`src`.`_dm_s1_1`) - CAST((
                        CHAR_LENGTH(`src`.`_dm_s1_1`) - CHAR_LENGTH(`src`.`_dm_s1_1`) % 2
                      ) / 2 AS SIGNED) AS `_dm_s2_3`,
                      CAST(CONCAT(
                        '0',
                        SUBSTRING(
                          `src`.`_dm_s1_1`,
                          1,
                          CAST((
                            CHAR_LENGTH(`src`.`_dm_s1_1`) - CHAR_LENGTH(`src`.`_dm_s1_1`) % 2
                          ) / 2 AS SIGNED)
                        )
                      ) AS SIGNED) AS `_dm_s2_4`,
                      CAST(CONCAT(
                        '0',
                        SUBSTRING(
                          `src`.`_dm_s1_1`,
                          CAST((
                            CHAR_LENGTH(`src`.`_dm_s1_1`) - CHAR_LENGTH(`src`.`_dm_s1_1`) % 2
                          ) / 2 AS SIGNED) + 1
                        )
                      ) AS SIGNED) AS `_dm_s2_5`,
                      CAST(CONCAT(
                        '1',
                        REPEAT(
                          '0',
                          CAST((
                            CHAR_LENGTH(`src`.`_dm_s1_1`) - CHAR_LENGTH(`src`.`_dm_s1_1`) % 2
                          ) / 2 AS SIGNED)
                        )
                      ) AS SIGNED) AS `_dm_s2_6`,
                      CAST(CONCAT(
                        '1',
                        REPEAT(
                          '0',
                          CHAR_LENGTH(`src`.`_dm_s1_1`) - CAST((
                            CHAR_LENGTH(`src`.`_dm_s1_1`) - CHAR_LENGTH(`src`.`_dm_s1_1`) % 2
                          ) / 2 AS SIGNED)
                        )
                      ) AS SIGNED) AS `_dm_s2_7`,
                      CHAR_LENGTH(`src`.`_dm_s1_2`) AS `_dm_s2_8`,
                      CAST((
                        CHAR_LENGTH(`src`.`_dm_s1_2`) - CHAR_LENGTH(`src`.`_dm_s1_2`) % 2
                      ) / 2 AS SIGNED) AS `_dm_s2_9`,
                      CHAR_LENGTH(`src`.`_dm_s1_2`) - CAST((
                        CHAR_LENGTH(`src`.`_dm_s1_2`) - CHAR_LENGTH(`src`.`_dm_s1_2`) % 2
                      ) / 2 AS SIGNED) AS `_dm_s2_10`,
                      CAST(CONCAT(
                        '0',
                        SUBSTRING(
                          `src`.`_dm_s1_2`,
                          1,
                          CAST((
                            CHAR_LENGTH(`src`.`_dm_s1_2`) - CHAR_LENGTH(`src`.`_dm_s1_2`) % 2
                          ) / 2 AS SIGNED)
                        )
                      ) AS SIGNED) AS `_dm_s2_11`,
                      CAST(CONCAT(
                        '0',
                        SUBSTRING(
                          `src`.`_dm_s1_2`,
                          CAST((
                            CHAR_LENGTH(`src`.`_dm_s1_2`) - CHAR_LENGTH(`src`.`_dm_s1_2`) % 2
                          ) / 2 AS SIGNED) + 1
                        )
                      ) AS SIGNED) AS `_dm_s2_12`,
                      CAST(CONCAT(
                        '1',
                        REPEAT(
                          '0',
                          CAST((
                            CHAR_LENGTH(`src`.`_dm_s1_2`) - CHAR_LENGTH(`src`.`_dm_s1_2`) % 2
                          ) / 2 AS SIGNED)
                        )
                      ) AS SIGNED) AS `_dm_s2_13`,
                      CAST(CONCAT(
                        '1',
                        REPEAT(
                          '0',
                          CHAR_LENGTH(`src`.`_dm_s1_2`) - CAST((
                            CHAR_LENGTH(`src`.`_dm_s1_2`) - CHAR_LENGTH(`src`.`_dm_s1_2`) % 2
                          ) / 2 AS SIGNED)
                        )
                      ) AS SIGNED) AS `_dm_s2_14`
                    FROM (
                      SELECT
                        `src`.*,
                        SUBSTRING(
                          REGEXP_REPLACE(
                            REGEXP_REPLACE(
                              CASE
                                WHEN CASE
                                  WHEN CHAR_LENGTH(`src`.`card`) <= 4
                                  THEN 0
                                  WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                                  THEN CHAR_LENGTH(`src`.`card`) - 4
                                  ELSE 23
                                END > 6
                                THEN SUBSTRING(
                                  `src`.`card`,
                                  7,
                                  CASE
                                    WHEN CHAR_LENGTH(`src`.`card`) <= 4
                                    THEN 0
                                    WHEN CHAR_LENGTH(`src`.`card`) - 4 < 23
                                    THEN CHAR_LENGTH(`src`.`card`) - 4
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
                                WHEN CHAR_LENGTH(`src`.`phone`) <= 0
                                THEN 0
                                WHEN CHAR_LENGTH(`src`.`phone`) - 0 < 20
                                THEN CHAR_LENGTH(`src`.`phone`) - 0
                                ELSE 20
                              END > 3
                              THEN SUBSTRING(
                                `src`.`phone`,
                                4,
                                CASE
                                  WHEN CHAR_LENGTH(`src`.`phone`) <= 0
                                  THEN 0
                                  WHEN CHAR_LENGTH(`src`.`phone`) - 0 < 20
                                  THEN CHAR_LENGTH(`src`.`phone`) - 0
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
                          LOWER(
                            SHA2(
                              CAST(CONCAT(
                                COALESCE(
                                  @datamask_key,
                                  (
                                    SELECT
                                      'datamask_key is not set'
                                    UNION ALL
                                    SELECT
                                      'see the file header'
                                  )
                                ),
                                '3bc7896a90eb8518c77389f11fd74b7613ada409adf100807b5764569889d6ee',
                                CAST(`src`.`card` AS CHAR CHARACTER SET utf8mb4)
                              ) AS CHAR CHARACTER SET utf8mb4),
                              256
                            )
                          ) AS `_dm_digest_1`,
                          LOWER(
                            SHA2(
                              CAST(CONCAT(
                                COALESCE(
                                  @datamask_key,
                                  (
                                    SELECT
                                      'datamask_key is not set'
                                    UNION ALL
                                    SELECT
                                      'see the file header'
                                  )
                                ),
                                '8d2b4f46e4c156c7bd16279a180d1be32e426e4a1e3c7c5e588e24e3981344df',
                                CAST(`src`.`phone` AS CHAR CHARACTER SET utf8mb4)
                              ) AS CHAR CHARACTER SET utf8mb4),
                              256
                            )
                          ) AS `_dm_digest_2`
                        FROM `public`.`cards` AS `src`
                        LIMIT 18446744073709551615
                      ) AS `src`
                      LIMIT 18446744073709551615
                    ) AS `src`
                    LIMIT 18446744073709551615
                  ) AS `src`
                  LIMIT 18446744073709551615
                ) AS `src`
                LIMIT 18446744073709551615
              ) AS `src`
              LIMIT 18446744073709551615
            ) AS `src`
            LIMIT 18446744073709551615
          ) AS `src`
          LIMIT 18446744073709551615
        ) AS `src`
        LIMIT 18446744073709551615
      ) AS `src`
      LIMIT 18446744073709551615
    ) AS `src`
    LIMIT 18446744073709551615
  ) AS `src`
  LIMIT 18446744073709551615
) AS `src`;

ALTER TABLE `masked`.`_dm_stage_6ac9a32c0ca8`
MODIFY COLUMN `card` VARCHAR(23) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_6ac9a32c0ca8`
MODIFY COLUMN `phone` VARCHAR(20) NOT NULL;

-- file: 002_calls.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- builds the masked copy of public.calls in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_f46f5990ebfa`;

CREATE TABLE `masked`.`_dm_stage_f46f5990ebfa` (
  CONSTRAINT `_dm_pk_bb62e6703f_0` PRIMARY KEY (`id`)
) AS
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
        WHEN 4 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 4, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 1), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 1), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 4, 1)
      END,
      CASE
        WHEN 5 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 5, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 2), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 2), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 5, 1)
      END,
      CASE
        WHEN 6 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 6, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 3), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 3), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 6, 1)
      END,
      CASE
        WHEN 7 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 7, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 4), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 4), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 7, 1)
      END,
      CASE
        WHEN 8 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 8, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 5), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 5), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 8, 1)
      END,
      CASE
        WHEN 9 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 9, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 6), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 6), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 9, 1)
      END,
      CASE
        WHEN 10 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 10, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 7), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 7), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 10, 1)
      END,
      CASE
        WHEN 11 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 11, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 8), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 8), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 11, 1)
      END,
      CASE
        WHEN 12 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 12, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 9), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 9), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 12, 1)
      END,
      CASE
        WHEN 13 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 13, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 10), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 10), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 13, 1)
      END,
      CASE
        WHEN 14 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 14, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 11), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 11), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 14, 1)
      END,
      CASE
        WHEN 15 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 15, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 12), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 12), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 15, 1)
      END,
      CASE
        WHEN 16 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 16, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 13), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 13), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 16, 1)
      END,
      CASE
        WHEN 17 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 17, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 14), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 14), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 17, 1)
      END,
      CASE
        WHEN 18 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 18, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 15), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 15), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 18, 1)
      END,
      CASE
        WHEN 19 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 19, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 16), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 16), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 19, 1)
      END,
      CASE
        WHEN 20 <= CHAR_LENGTH(`src`.`phone`)
        AND LOCATE(SUBSTRING(`src`.`phone`, 20, 1), '0123456789') > 0
        THEN CASE
          WHEN CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 17), '[^0-9]', '')) <= CHAR_LENGTH(`src`.`_dm_s11_1`)
          THEN SUBSTRING(
            `src`.`_dm_s11_1`,
            CHAR_LENGTH(REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 4, 17), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING(`src`.`phone`, 20, 1)
      END,
      REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 21), '[0-9]', '0')
    )
  END AS CHAR(20)) AS `phone`
FROM (
  SELECT
    `src`.*,
    CONCAT(
      SUBSTRING(
        CONCAT(REPEAT('0', `src`.`_dm_s2_2`), CAST(`src`.`_dm_s10_1` AS CHAR)),
        CHAR_LENGTH(CAST(`src`.`_dm_s10_1` AS CHAR)) + 1
      ),
      SUBSTRING(
        CONCAT(REPEAT('0', `src`.`_dm_s2_3`), CAST(`src`.`_dm_s10_2` AS CHAR)),
        CHAR_LENGTH(CAST(`src`.`_dm_s10_2` AS CHAR)) + 1
      )
    ) AS `_dm_s11_1`
  FROM (
    SELECT
      `src`.*,
      `src`.`_dm_s9_2` AS `_dm_s10_1`,
      (
        `src`.`_dm_s9_1` + CAST(CONV(
          SUBSTRING(
            LOWER(
              SHA2(
                CAST(CONCAT(
                  COALESCE(
                    @datamask_key,
                    (
                      SELECT
                        'datamask_key is not set'
                      UNION ALL
                      SELECT
                        'see the file header'
                    )
                  ),
                  'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                  CAST(`src`.`_dm_s2_1` AS CHAR),
                  ':7:',
                  CAST(`src`.`_dm_s9_2` AS CHAR)
                ) AS CHAR CHARACTER SET utf8mb4),
                256
              )
            ),
            1,
            15
          ),
          16,
          10
        ) AS SIGNED) % `src`.`_dm_s2_7`
      ) % `src`.`_dm_s2_7` AS `_dm_s10_2`
    FROM (
      SELECT
        `src`.*,
        `src`.`_dm_s8_2` AS `_dm_s9_1`,
        (
          `src`.`_dm_s8_1` + CAST(CONV(
            SUBSTRING(
              LOWER(
                SHA2(
                  CAST(CONCAT(
                    COALESCE(
                      @datamask_key,
                      (
                        SELECT
                          'datamask_key is not set'
                        UNION ALL
                        SELECT
                          'see the file header'
                      )
                    ),
                    'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                    CAST(`src`.`_dm_s2_1` AS CHAR),
                    ':6:',
                    CAST(`src`.`_dm_s8_2` AS CHAR)
                  ) AS CHAR CHARACTER SET utf8mb4),
                  256
                )
              ),
              1,
              15
            ),
            16,
            10
          ) AS SIGNED) % `src`.`_dm_s2_6`
        ) % `src`.`_dm_s2_6` AS `_dm_s9_2`
      FROM (
        SELECT
          `src`.*,
          `src`.`_dm_s7_2` AS `_dm_s8_1`,
          (
            `src`.`_dm_s7_1` + CAST(CONV(
              SUBSTRING(
                LOWER(
                  SHA2(
                    CAST(CONCAT(
                      COALESCE(
                        @datamask_key,
                        (
                          SELECT
                            'datamask_key is not set'
                          UNION ALL
                          SELECT
                            'see the file header'
                        )
                      ),
                      'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                      CAST(`src`.`_dm_s2_1` AS CHAR),
                      ':5:',
                      CAST(`src`.`_dm_s7_2` AS CHAR)
                    ) AS CHAR CHARACTER SET utf8mb4),
                    256
                  )
                ),
                1,
                15
              ),
              16,
              10
            ) AS SIGNED) % `src`.`_dm_s2_7`
          ) % `src`.`_dm_s2_7` AS `_dm_s8_2`
        FROM (
          SELECT
            `src`.*,
            `src`.`_dm_s6_2` AS `_dm_s7_1`,
            (
              `src`.`_dm_s6_1` + CAST(CONV(
                SUBSTRING(
                  LOWER(
                    SHA2(
                      CAST(CONCAT(
                        COALESCE(
                          @datamask_key,
                          (
                            SELECT
                              'datamask_key is not set'
                            UNION ALL
                            SELECT
                              'see the file header'
                          )
                        ),
                        'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                        CAST(`src`.`_dm_s2_1` AS CHAR),
                        ':4:',
                        CAST(`src`.`_dm_s6_2` AS CHAR)
                      ) AS CHAR CHARACTER SET utf8mb4),
                      256
                    )
                  ),
                  1,
                  15
                ),
                16,
                10
              ) AS SIGNED) % `src`.`_dm_s2_6`
            ) % `src`.`_dm_s2_6` AS `_dm_s7_2`
          FROM (
            SELECT
              `src`.*,
              `src`.`_dm_s5_2` AS `_dm_s6_1`,
              (
                `src`.`_dm_s5_1` + CAST(CONV(
                  SUBSTRING(
                    LOWER(
                      SHA2(
                        CAST(CONCAT(
                          COALESCE(
                            @datamask_key,
                            (
                              SELECT
                                'datamask_key is not set'
                              UNION ALL
                              SELECT
                                'see the file header'
                            )
                          ),
                          'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                          CAST(`src`.`_dm_s2_1` AS CHAR),
                          ':3:',
                          CAST(`src`.`_dm_s5_2` AS CHAR)
                        ) AS CHAR CHARACTER SET utf8mb4),
                        256
                      )
                    ),
                    1,
                    15
                  ),
                  16,
                  10
                ) AS SIGNED) % `src`.`_dm_s2_7`
              ) % `src`.`_dm_s2_7` AS `_dm_s6_2`
            FROM (
              SELECT
                `src`.*,
                `src`.`_dm_s4_2` AS `_dm_s5_1`,
                (
                  `src`.`_dm_s4_1` + CAST(CONV(
                    SUBSTRING(
                      LOWER(
                        SHA2(
                          CAST(CONCAT(
                            COALESCE(
                              @datamask_key,
                              (
                                SELECT
                                  'datamask_key is not set'
                                UNION ALL
                                SELECT
                                  'see the file header'
                              )
                            ),
                            'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                            CAST(`src`.`_dm_s2_1` AS CHAR),
                            ':2:',
                            CAST(`src`.`_dm_s4_2` AS CHAR)
                          ) AS CHAR CHARACTER SET utf8mb4),
                          256
                        )
                      ),
                      1,
                      15
                    ),
                    16,
                    10
                  ) AS SIGNED) % `src`.`_dm_s2_6`
                ) % `src`.`_dm_s2_6` AS `_dm_s5_2`
              FROM (
                SELECT
                  `src`.*,
                  `src`.`_dm_s3_2` AS `_dm_s4_1`,
                  (
                    `src`.`_dm_s3_1` + CAST(CONV(
                      SUBSTRING(
                        LOWER(
                          SHA2(
                            CAST(CONCAT(
                              COALESCE(
                                @datamask_key,
                                (
                                  SELECT
                                    'datamask_key is not set'
                                  UNION ALL
                                  SELECT
                                    'see the file header'
                                )
                              ),
                              'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                              CAST(`src`.`_dm_s2_1` AS CHAR),
                              ':1:',
                              CAST(`src`.`_dm_s3_2` AS CHAR)
                            ) AS CHAR CHARACTER SET utf8mb4),
                            256
                          )
                        ),
                        1,
                        15
                      ),
                      16,
                      10
                    ) AS SIGNED) % `src`.`_dm_s2_7`
                  ) % `src`.`_dm_s2_7` AS `_dm_s4_2`
                FROM (
                  SELECT
                    `src`.*,
                    `src`.`_dm_s2_5` AS `_dm_s3_1`,
                    (
                      `src`.`_dm_s2_4` + CAST(CONV(
                        SUBSTRING(
                          LOWER(
                            SHA2(
                              CAST(CONCAT(
                                COALESCE(
                                  @datamask_key,
                                  (
                                    SELECT
                                      'datamask_key is not set'
                                    UNION ALL
                                    SELECT
                                      'see the file header'
                                  )
                                ),
                                'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec',
                                CAST(`src`.`_dm_s2_1` AS CHAR),
                                ':0:',
                                CAST(`src`.`_dm_s2_5` AS CHAR)
                              ) AS CHAR CHARACTER SET utf8mb4),
                              256
                            )
                          ),
                          1,
                          15
                        ),
                        16,
                        10
                      ) AS SIGNED) % `src`.`_dm_s2_6`
                    ) % `src`.`_dm_s2_6` AS `_dm_s3_2`
                  FROM (
                    SELECT
                      `src`.*,
                      CHAR_LENGTH(`src`.`_dm_s1_1`) AS `_dm_s2_1`,
                      CAST((
                        CHAR_LENGTH(`src`.`_dm_s1_1`) - CHAR_LENGTH(`src`.`_dm_s1_1`) % 2
                      ) / 2 AS SIGNED) AS `_dm_s2_2`,
                      CHAR_LENGTH(`src`.`_dm_s1_1`) - CAST((
                        CHAR_LENGTH(`src`.`_dm_s1_1`) - CHAR_LENGTH(`src`.`_dm_s1_1`) % 2
                      ) / 2 AS SIGNED) AS `_dm_s2_3`,
                      CAST(CONCAT(
                        '0',
                        SUBSTRING(
                          `src`.`_dm_s1_1`,
                          1,
                          CAST((
                            CHAR_LENGTH(`src`.`_dm_s1_1`) - CHAR_LENGTH(`src`.`_dm_s1_1`) % 2
                          ) / 2 AS SIGNED)
                        )
                      ) AS SIGNED) AS `_dm_s2_4`,
                      CAST(CONCAT(
                        '0',
                        SUBSTRING(
                          `src`.`_dm_s1_1`,
                          CAST((
                            CHAR_LENGTH(`src`.`_dm_s1_1`) - CHAR_LENGTH(`src`.`_dm_s1_1`) % 2
                          ) / 2 AS SIGNED) + 1
                        )
                      ) AS SIGNED) AS `_dm_s2_5`,
                      CAST(CONCAT(
                        '1',
                        REPEAT(
                          '0',
                          CAST((
                            CHAR_LENGTH(`src`.`_dm_s1_1`) - CHAR_LENGTH(`src`.`_dm_s1_1`) % 2
                          ) / 2 AS SIGNED)
                        )
                      ) AS SIGNED) AS `_dm_s2_6`,
                      CAST(CONCAT(
                        '1',
                        REPEAT(
                          '0',
                          CHAR_LENGTH(`src`.`_dm_s1_1`) - CAST((
                            CHAR_LENGTH(`src`.`_dm_s1_1`) - CHAR_LENGTH(`src`.`_dm_s1_1`) % 2
                          ) / 2 AS SIGNED)
                        )
                      ) AS SIGNED) AS `_dm_s2_7`
                    FROM (
                      SELECT
                        `src`.*,
                        SUBSTRING(
                          REGEXP_REPLACE(
                            CASE
                              WHEN CASE
                                WHEN CHAR_LENGTH(`src`.`phone`) <= 0
                                THEN 0
                                WHEN CHAR_LENGTH(`src`.`phone`) - 0 < 20
                                THEN CHAR_LENGTH(`src`.`phone`) - 0
                                ELSE 20
                              END > 3
                              THEN SUBSTRING(
                                `src`.`phone`,
                                4,
                                CASE
                                  WHEN CHAR_LENGTH(`src`.`phone`) <= 0
                                  THEN 0
                                  WHEN CHAR_LENGTH(`src`.`phone`) - 0 < 20
                                  THEN CHAR_LENGTH(`src`.`phone`) - 0
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
                          LOWER(
                            SHA2(
                              CAST(CONCAT(
                                COALESCE(
                                  @datamask_key,
                                  (
                                    SELECT
                                      'datamask_key is not set'
                                    UNION ALL
                                    SELECT
                                      'see the file header'
                                  )
                                ),
                                '8d2b4f46e4c156c7bd16279a180d1be32e426e4a1e3c7c5e588e24e3981344df',
                                CAST(`src`.`phone` AS CHAR CHARACTER SET utf8mb4)
                              ) AS CHAR CHARACTER SET utf8mb4),
                              256
                            )
                          ) AS `_dm_digest_1`
                        FROM `public`.`calls` AS `src`
                        LIMIT 18446744073709551615
                      ) AS `src`
                      LIMIT 18446744073709551615
                    ) AS `src`
                    LIMIT 18446744073709551615
                  ) AS `src`
                  LIMIT 18446744073709551615
                ) AS `src`
                LIMIT 18446744073709551615
              ) AS `src`
              LIMIT 18446744073709551615
            ) AS `src`
            LIMIT 18446744073709551615
          ) AS `src`
          LIMIT 18446744073709551615
        ) AS `src`
        LIMIT 18446744073709551615
      ) AS `src`
      LIMIT 18446744073709551615
    ) AS `src`
    LIMIT 18446744073709551615
  ) AS `src`
  LIMIT 18446744073709551615
) AS `src`;

ALTER TABLE `masked`.`_dm_stage_f46f5990ebfa`
MODIFY COLUMN `id` INT NOT NULL;

-- file: 003_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'cards';

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'calls';

ALTER TABLE `masked`.`_dm_stage_6ac9a32c0ca8`
ADD CONSTRAINT `_dm_uq_9e9ae2c47e_0` UNIQUE (
  `phone`
);

DROP TABLE IF EXISTS `masked`.`_dm_old_f46f5990ebfa`;

DROP TABLE IF EXISTS `masked`.`_dm_old_6ac9a32c0ca8`;

CREATE TABLE IF NOT EXISTS `masked`.`cards`
LIKE `masked`.`_dm_stage_6ac9a32c0ca8`;

CREATE TABLE IF NOT EXISTS `masked`.`calls`
LIKE `masked`.`_dm_stage_f46f5990ebfa`;

RENAME TABLE `masked`.`cards` TO `masked`.`_dm_old_6ac9a32c0ca8`, `masked`.`_dm_stage_6ac9a32c0ca8` TO `masked`.`cards`, `masked`.`calls` TO `masked`.`_dm_old_f46f5990ebfa`, `masked`.`_dm_stage_f46f5990ebfa` TO `masked`.`calls`;

DROP TABLE IF EXISTS `masked`.`_dm_old_f46f5990ebfa`;

DROP TABLE IF EXISTS `masked`.`_dm_old_6ac9a32c0ca8`;

ALTER TABLE `masked`.`calls`
  ADD CONSTRAINT `_dm_fk_bb62e6703f_0` FOREIGN KEY (`phone`) REFERENCES `masked`.`cards` (
    `phone`
  );

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
  SUBSTRING(
    LOWER(
      SHA2(
        CAST(CONCAT(
          'datamask-sql/dm1/fingerprint:',
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          )
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ),
    1,
    16
  ),
  '73606fd2730f8b91bde4db07fd0efb1b07b603e30707626510b92248123616fc',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS CHAR);

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
  SUBSTRING(
    LOWER(
      SHA2(
        CAST(CONCAT(
          'datamask-sql/dm1/fingerprint:',
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          )
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ),
    1,
    16
  ),
  '057f02e42756e9c7535374cf3456080654914ccc2a9b4cd7fec826ad00e2c87f',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS CHAR);

