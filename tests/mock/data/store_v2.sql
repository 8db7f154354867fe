-- A --db file as schema version 2 wrote it (commit 07c225c), dumped with sqlite3's iterdump:
-- seed_store(MockSettings(demo_devices=6), now_ms=1_700_000_000_123), a child 'child-1' of
-- demo-gw-01, then demo-sensor-03 deleted. List items were rendered by SQL triggers then.
PRAGMA user_version = 2;
BEGIN TRANSACTION;
CREATE TABLE companies (
    guid TEXT PRIMARY KEY,
    solution_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    cp_id TEXT NOT NULL,
    solution_guid TEXT NOT NULL,
    root_entity_guid TEXT NOT NULL
);
INSERT INTO "companies" VALUES('661ACB49-78F9-5546-8379-257144FD005D','aW90Y29ubmVjdC1tb2NrLWRlbW8=','Demo Company','EACBF7B35D1A','36056C7E-6034-504D-B301-F592EF3C645D','D701D1A4-8CE3-50CB-9893-8F22EE3DFFB7');
CREATE TABLE device_list_items (
    seq INTEGER PRIMARY KEY,
    item TEXT NOT NULL
);
INSERT INTO "device_list_items" VALUES(1,'{"guid":"9DFF6B26-F845-56DD-8FF4-8CCD92600A5C","uniqueId":"demo-gw-01","displayName":"Gateway 1","isActive":true,"isConnected":true,"deviceTemplateGuid":"DCFE91B4-66CB-5A0E-BD2F-92A4ECA342AC","deviceTemplateName":"Edge Gateway","entityName":"Demo Company HQ","authType":2,"messageVersion":"2.1","lastConnection":"2023-11-14T22:12:19.123Z","lastCommunication":"2023-11-14T22:12:24.123Z","lastactivityDate":"2023-11-14T22:12:19.123Z","firmwareupgradeGuid":null,"deviceStatus":"active","childDeviceCount":1,"solutionGuid":"36056C7E-6034-504D-B301-F592EF3C645D","IsAcquired":0}');
INSERT INTO "device_list_items" VALUES(2,'{"guid":"04ADD96A-FF4B-561C-A9A7-5A4D160B509B","uniqueId":"demo-sensor-02","displayName":"Sensor 2","isActive":true,"isConnected":true,"deviceTemplateGuid":"4E7C18E3-BD73-5E52-9E2D-7D21E58F28AF","deviceTemplateName":"Temperature Sensor","entityName":"Plant A","authType":5,"messageVersion":"2.1","lastConnection":"2023-11-14T22:11:18.123Z","lastCommunication":"2023-11-14T22:11:23.123Z","lastactivityDate":"2023-11-14T22:11:18.123Z","firmwareupgradeGuid":null,"deviceStatus":"active","childDeviceCount":0,"solutionGuid":"36056C7E-6034-504D-B301-F592EF3C645D","IsAcquired":0}');
INSERT INTO "device_list_items" VALUES(4,'{"guid":"0EA184F5-0756-5950-80D8-47A8D17A070B","uniqueId":"demo-sensor-04","displayName":"Sensor 4","isActive":false,"isConnected":true,"deviceTemplateGuid":"4E7C18E3-BD73-5E52-9E2D-7D21E58F28AF","deviceTemplateName":"Temperature Sensor","entityName":"Plant A","authType":5,"messageVersion":"2.1","lastConnection":"2023-11-14T22:09:16.123Z","lastCommunication":"2023-11-14T22:09:21.123Z","lastactivityDate":"2023-11-14T22:09:16.123Z","firmwareupgradeGuid":null,"deviceStatus":"inactive","childDeviceCount":0,"solutionGuid":"36056C7E-6034-504D-B301-F592EF3C645D","IsAcquired":0}');
INSERT INTO "device_list_items" VALUES(5,'{"guid":"31FA048A-AE46-5FC4-B413-DC65C4042F50","uniqueId":"demo-sensor-05","displayName":"Sensor 5","isActive":true,"isConnected":true,"deviceTemplateGuid":"4E7C18E3-BD73-5E52-9E2D-7D21E58F28AF","deviceTemplateName":"Temperature Sensor","entityName":"Demo Company HQ","authType":5,"messageVersion":"2.1","lastConnection":"2023-11-14T22:08:15.123Z","lastCommunication":"2023-11-14T22:08:20.123Z","lastactivityDate":"2023-11-14T22:08:15.123Z","firmwareupgradeGuid":null,"deviceStatus":"active","childDeviceCount":0,"solutionGuid":"36056C7E-6034-504D-B301-F592EF3C645D","IsAcquired":0}');
INSERT INTO "device_list_items" VALUES(6,'{"guid":"7FA2F8E9-E13C-5B9F-84CC-62A7F7DD77EF","uniqueId":"demo-gw-06","displayName":"Gateway 6","isActive":true,"isConnected":false,"deviceTemplateGuid":"DCFE91B4-66CB-5A0E-BD2F-92A4ECA342AC","deviceTemplateName":"Edge Gateway","entityName":"Plant A","authType":2,"messageVersion":"2.1","lastConnection":null,"lastCommunication":null,"lastactivityDate":null,"firmwareupgradeGuid":null,"deviceStatus":"active","childDeviceCount":0,"solutionGuid":"36056C7E-6034-504D-B301-F592EF3C645D","IsAcquired":1}');
INSERT INTO "device_list_items" VALUES(7,'{"guid":"0C0C0C0C-0000-4000-8000-000000000001","uniqueId":"child-1","displayName":"Child 1","isActive":true,"isConnected":false,"deviceTemplateGuid":"DCFE91B4-66CB-5A0E-BD2F-92A4ECA342AC","deviceTemplateName":"Edge Gateway","entityName":"Demo Company HQ","authType":2,"messageVersion":"2.1","lastConnection":null,"lastCommunication":null,"lastactivityDate":null,"firmwareupgradeGuid":null,"deviceStatus":"active","childDeviceCount":0,"solutionGuid":"36056C7E-6034-504D-B301-F592EF3C645D","IsAcquired":0}');
CREATE TABLE devices (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    guid TEXT NOT NULL UNIQUE,
    company_guid TEXT NOT NULL REFERENCES companies(guid),
    unique_id TEXT NOT NULL COLLATE NOCASE,
    display_name TEXT NOT NULL,
    template_guid TEXT NOT NULL,
    entity_guid TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 1,
    is_connected INTEGER NOT NULL DEFAULT 0,
    acquired TEXT NOT NULL DEFAULT 'released',
    wireless INTEGER NOT NULL DEFAULT 0,
    note TEXT,
    tag TEXT,
    parent_guid TEXT,
    firmware_upgrade_guid TEXT,
    certificate_guid TEXT,
    properties TEXT NOT NULL DEFAULT '[]',
    created_ms INTEGER NOT NULL,
    last_connection_ms INTEGER,
    last_communication_ms INTEGER,
    last_activity_ms INTEGER,
    position INTEGER,
    UNIQUE (company_guid, unique_id)
);
INSERT INTO "devices" VALUES(1,'9DFF6B26-F845-56DD-8FF4-8CCD92600A5C','661ACB49-78F9-5546-8379-257144FD005D','demo-gw-01','Gateway 1','DCFE91B4-66CB-5A0E-BD2F-92A4ECA342AC','D701D1A4-8CE3-50CB-9893-8F22EE3DFFB7',1,1,'released',1,NULL,'demo',NULL,NULL,NULL,'[]',1699913600124,1699999939123,1699999944123,1699999939123,1);
INSERT INTO "devices" VALUES(2,'04ADD96A-FF4B-561C-A9A7-5A4D160B509B','661ACB49-78F9-5546-8379-257144FD005D','demo-sensor-02','Sensor 2','4E7C18E3-BD73-5E52-9E2D-7D21E58F28AF','5AC50E63-B9D1-56C4-BBE2-39F9C2ABD2C0',1,1,'inprogress',0,NULL,'demo',NULL,NULL,NULL,'[]',1699913600125,1699999878123,1699999883123,1699999878123,2);
INSERT INTO "devices" VALUES(4,'0EA184F5-0756-5950-80D8-47A8D17A070B','661ACB49-78F9-5546-8379-257144FD005D','demo-sensor-04','Sensor 4','4E7C18E3-BD73-5E52-9E2D-7D21E58F28AF','5AC50E63-B9D1-56C4-BBE2-39F9C2ABD2C0',0,1,'released',0,NULL,'demo',NULL,NULL,NULL,'[]',1699913600127,1699999756123,1699999761123,1699999756123,3);
INSERT INTO "devices" VALUES(5,'31FA048A-AE46-5FC4-B413-DC65C4042F50','661ACB49-78F9-5546-8379-257144FD005D','demo-sensor-05','Sensor 5','4E7C18E3-BD73-5E52-9E2D-7D21E58F28AF','D701D1A4-8CE3-50CB-9893-8F22EE3DFFB7',1,1,'inprogress',1,NULL,'demo',NULL,NULL,NULL,'[]',1699913600128,1699999695123,1699999700123,1699999695123,4);
INSERT INTO "devices" VALUES(6,'7FA2F8E9-E13C-5B9F-84CC-62A7F7DD77EF','661ACB49-78F9-5546-8379-257144FD005D','demo-gw-06','Gateway 6','DCFE91B4-66CB-5A0E-BD2F-92A4ECA342AC','5AC50E63-B9D1-56C4-BBE2-39F9C2ABD2C0',1,0,'acquired',0,NULL,'demo',NULL,NULL,NULL,'[]',1699913600129,NULL,NULL,NULL,5);
INSERT INTO "devices" VALUES(7,'0C0C0C0C-0000-4000-8000-000000000001','661ACB49-78F9-5546-8379-257144FD005D','child-1','Child 1','DCFE91B4-66CB-5A0E-BD2F-92A4ECA342AC','D701D1A4-8CE3-50CB-9893-8F22EE3DFFB7',1,0,'released',0,NULL,NULL,'9DFF6B26-F845-56DD-8FF4-8CCD92600A5C',NULL,NULL,'[]',1700000000456,NULL,NULL,NULL,6);
CREATE TABLE entities (
    guid TEXT PRIMARY KEY,
    company_guid TEXT NOT NULL REFERENCES companies(guid),
    name TEXT NOT NULL,
    parent_guid TEXT
);
INSERT INTO "entities" VALUES('D701D1A4-8CE3-50CB-9893-8F22EE3DFFB7','661ACB49-78F9-5546-8379-257144FD005D','Demo Company HQ',NULL);
INSERT INTO "entities" VALUES('5AC50E63-B9D1-56C4-BBE2-39F9C2ABD2C0','661ACB49-78F9-5546-8379-257144FD005D','Plant A','D701D1A4-8CE3-50CB-9893-8F22EE3DFFB7');
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    user_guid TEXT NOT NULL,
    expires_ms INTEGER NOT NULL,
    spent INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE templates (
    guid TEXT PRIMARY KEY,
    company_guid TEXT NOT NULL REFERENCES companies(guid),
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    auth_type INTEGER NOT NULL,
    message_version TEXT NOT NULL,
    is_edge_support INTEGER NOT NULL,
    is_gateway INTEGER NOT NULL
);
INSERT INTO "templates" VALUES('4E7C18E3-BD73-5E52-9E2D-7D21E58F28AF','661ACB49-78F9-5546-8379-257144FD005D','Temperature Sensor','tempsensor',5,'2.1',0,0);
INSERT INTO "templates" VALUES('DCFE91B4-66CB-5A0E-BD2F-92A4ECA342AC','661ACB49-78F9-5546-8379-257144FD005D','Edge Gateway','edgegw',2,'2.1',1,1);
INSERT INTO "templates" VALUES('C9C26D02-CED7-5AD4-8688-E557E8BC6441','661ACB49-78F9-5546-8379-257144FD005D','Self-signed Camera','camera',3,'2.1',0,0);
CREATE TABLE users (
    guid TEXT PRIMARY KEY,
    company_guid TEXT NOT NULL REFERENCES companies(guid),
    email TEXT NOT NULL COLLATE NOCASE,
    salt TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role_guid TEXT NOT NULL,
    role_name TEXT NOT NULL,
    entity_guid TEXT NOT NULL,
    UNIQUE (company_guid, email)
);
INSERT INTO "users" VALUES('D443981F-6D35-5B6E-BA1C-F440643AA604','661ACB49-78F9-5546-8379-257144FD005D','demo@iotconnect.mock','895e67b9b96c370e','b3ffffa4a5ea3cbb8c3702c4cda15bfdee5e4872d0d52cb5e1e3c7be72cf46ce','C75A47C6-BC63-5208-9125-5207716A34F3','Admin','D701D1A4-8CE3-50CB-9893-8F22EE3DFFB7');
CREATE INDEX devices_by_company ON devices (company_guid, seq);
CREATE INDEX devices_by_parent ON devices (parent_guid);
CREATE INDEX devices_by_position ON devices (company_guid, position);
CREATE INDEX devices_by_last_connection
    ON devices (company_guid, last_connection_ms IS NULL, last_connection_ms, seq);
CREATE INDEX devices_by_last_connection_desc
    ON devices (company_guid, last_connection_ms IS NULL, last_connection_ms DESC, seq);
CREATE INDEX devices_by_last_communication
    ON devices (company_guid, last_communication_ms IS NULL, last_communication_ms, seq);
CREATE INDEX devices_by_last_communication_desc
    ON devices (company_guid, last_communication_ms IS NULL, last_communication_ms DESC, seq);
CREATE TRIGGER devices_keep_identity BEFORE UPDATE OF guid, company_guid ON devices
WHEN OLD.guid IS NOT NEW.guid OR OLD.company_guid IS NOT NEW.company_guid
BEGIN
    SELECT RAISE(ABORT, 'a device keeps its guid and company');
END;
CREATE TRIGGER devices_list_insert AFTER INSERT ON devices
BEGIN
    UPDATE devices SET position = (
        SELECT coalesce(max(position), 0) + 1 FROM devices WHERE company_guid = NEW.company_guid
    ) WHERE seq = NEW.seq;
    INSERT OR REPLACE INTO device_list_items (seq, item) SELECT d.seq, json_object(
    'guid', d.guid,
    'uniqueId', d.unique_id,
    'displayName', d.display_name,
    'isActive', json(CASE WHEN d.is_active THEN 'true' ELSE 'false' END),
    'isConnected', json(CASE WHEN d.is_connected THEN 'true' ELSE 'false' END),
    'deviceTemplateGuid', d.template_guid,
    'deviceTemplateName', t.name,
    'entityName', e.name,
    'authType', t.auth_type,
    'messageVersion', t.message_version,
    'lastConnection', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_connection_ms / 1000.0, 'unixepoch'),
    'lastCommunication', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_communication_ms / 1000.0, 'unixepoch'),
    'lastactivityDate', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_activity_ms / 1000.0, 'unixepoch'),
    'firmwareupgradeGuid', d.firmware_upgrade_guid,
    'deviceStatus', CASE WHEN d.is_active THEN 'active' ELSE 'inactive' END,
    'childDeviceCount', (SELECT COUNT(*) FROM devices k WHERE k.parent_guid = d.guid),
    'solutionGuid', c.solution_guid,
    'IsAcquired', CASE WHEN d.acquired = 'acquired' THEN 1 ELSE 0 END
) FROM devices d
JOIN templates t ON t.guid = d.template_guid
JOIN entities e ON e.guid = d.entity_guid
JOIN companies c ON c.guid = d.company_guid WHERE d.seq = NEW.seq;
    INSERT OR REPLACE INTO device_list_items (seq, item) SELECT d.seq, json_object(
    'guid', d.guid,
    'uniqueId', d.unique_id,
    'displayName', d.display_name,
    'isActive', json(CASE WHEN d.is_active THEN 'true' ELSE 'false' END),
    'isConnected', json(CASE WHEN d.is_connected THEN 'true' ELSE 'false' END),
    'deviceTemplateGuid', d.template_guid,
    'deviceTemplateName', t.name,
    'entityName', e.name,
    'authType', t.auth_type,
    'messageVersion', t.message_version,
    'lastConnection', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_connection_ms / 1000.0, 'unixepoch'),
    'lastCommunication', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_communication_ms / 1000.0, 'unixepoch'),
    'lastactivityDate', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_activity_ms / 1000.0, 'unixepoch'),
    'firmwareupgradeGuid', d.firmware_upgrade_guid,
    'deviceStatus', CASE WHEN d.is_active THEN 'active' ELSE 'inactive' END,
    'childDeviceCount', (SELECT COUNT(*) FROM devices k WHERE k.parent_guid = d.guid),
    'solutionGuid', c.solution_guid,
    'IsAcquired', CASE WHEN d.acquired = 'acquired' THEN 1 ELSE 0 END
) FROM devices d
JOIN templates t ON t.guid = d.template_guid
JOIN entities e ON e.guid = d.entity_guid
JOIN companies c ON c.guid = d.company_guid WHERE d.guid = NEW.parent_guid;
END;
CREATE TRIGGER devices_list_update AFTER UPDATE OF unique_id, display_name, template_guid,
    entity_guid, is_active, is_connected, acquired, firmware_upgrade_guid, last_connection_ms,
    last_communication_ms, last_activity_ms ON devices
BEGIN
    INSERT OR REPLACE INTO device_list_items (seq, item) SELECT d.seq, json_object(
    'guid', d.guid,
    'uniqueId', d.unique_id,
    'displayName', d.display_name,
    'isActive', json(CASE WHEN d.is_active THEN 'true' ELSE 'false' END),
    'isConnected', json(CASE WHEN d.is_connected THEN 'true' ELSE 'false' END),
    'deviceTemplateGuid', d.template_guid,
    'deviceTemplateName', t.name,
    'entityName', e.name,
    'authType', t.auth_type,
    'messageVersion', t.message_version,
    'lastConnection', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_connection_ms / 1000.0, 'unixepoch'),
    'lastCommunication', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_communication_ms / 1000.0, 'unixepoch'),
    'lastactivityDate', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_activity_ms / 1000.0, 'unixepoch'),
    'firmwareupgradeGuid', d.firmware_upgrade_guid,
    'deviceStatus', CASE WHEN d.is_active THEN 'active' ELSE 'inactive' END,
    'childDeviceCount', (SELECT COUNT(*) FROM devices k WHERE k.parent_guid = d.guid),
    'solutionGuid', c.solution_guid,
    'IsAcquired', CASE WHEN d.acquired = 'acquired' THEN 1 ELSE 0 END
) FROM devices d
JOIN templates t ON t.guid = d.template_guid
JOIN entities e ON e.guid = d.entity_guid
JOIN companies c ON c.guid = d.company_guid WHERE d.seq = NEW.seq;
END;
CREATE TRIGGER devices_list_reparent AFTER UPDATE OF parent_guid ON devices
WHEN OLD.parent_guid IS NOT NEW.parent_guid
BEGIN
    INSERT OR REPLACE INTO device_list_items (seq, item) SELECT d.seq, json_object(
    'guid', d.guid,
    'uniqueId', d.unique_id,
    'displayName', d.display_name,
    'isActive', json(CASE WHEN d.is_active THEN 'true' ELSE 'false' END),
    'isConnected', json(CASE WHEN d.is_connected THEN 'true' ELSE 'false' END),
    'deviceTemplateGuid', d.template_guid,
    'deviceTemplateName', t.name,
    'entityName', e.name,
    'authType', t.auth_type,
    'messageVersion', t.message_version,
    'lastConnection', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_connection_ms / 1000.0, 'unixepoch'),
    'lastCommunication', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_communication_ms / 1000.0, 'unixepoch'),
    'lastactivityDate', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_activity_ms / 1000.0, 'unixepoch'),
    'firmwareupgradeGuid', d.firmware_upgrade_guid,
    'deviceStatus', CASE WHEN d.is_active THEN 'active' ELSE 'inactive' END,
    'childDeviceCount', (SELECT COUNT(*) FROM devices k WHERE k.parent_guid = d.guid),
    'solutionGuid', c.solution_guid,
    'IsAcquired', CASE WHEN d.acquired = 'acquired' THEN 1 ELSE 0 END
) FROM devices d
JOIN templates t ON t.guid = d.template_guid
JOIN entities e ON e.guid = d.entity_guid
JOIN companies c ON c.guid = d.company_guid WHERE d.guid = OLD.parent_guid;
    INSERT OR REPLACE INTO device_list_items (seq, item) SELECT d.seq, json_object(
    'guid', d.guid,
    'uniqueId', d.unique_id,
    'displayName', d.display_name,
    'isActive', json(CASE WHEN d.is_active THEN 'true' ELSE 'false' END),
    'isConnected', json(CASE WHEN d.is_connected THEN 'true' ELSE 'false' END),
    'deviceTemplateGuid', d.template_guid,
    'deviceTemplateName', t.name,
    'entityName', e.name,
    'authType', t.auth_type,
    'messageVersion', t.message_version,
    'lastConnection', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_connection_ms / 1000.0, 'unixepoch'),
    'lastCommunication', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_communication_ms / 1000.0, 'unixepoch'),
    'lastactivityDate', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_activity_ms / 1000.0, 'unixepoch'),
    'firmwareupgradeGuid', d.firmware_upgrade_guid,
    'deviceStatus', CASE WHEN d.is_active THEN 'active' ELSE 'inactive' END,
    'childDeviceCount', (SELECT COUNT(*) FROM devices k WHERE k.parent_guid = d.guid),
    'solutionGuid', c.solution_guid,
    'IsAcquired', CASE WHEN d.acquired = 'acquired' THEN 1 ELSE 0 END
) FROM devices d
JOIN templates t ON t.guid = d.template_guid
JOIN entities e ON e.guid = d.entity_guid
JOIN companies c ON c.guid = d.company_guid WHERE d.guid = NEW.parent_guid;
END;
CREATE TRIGGER devices_list_delete AFTER DELETE ON devices
BEGIN
    DELETE FROM device_list_items WHERE seq = OLD.seq;
    UPDATE devices SET position = position - 1
    WHERE company_guid = OLD.company_guid AND position > OLD.position;
    INSERT OR REPLACE INTO device_list_items (seq, item) SELECT d.seq, json_object(
    'guid', d.guid,
    'uniqueId', d.unique_id,
    'displayName', d.display_name,
    'isActive', json(CASE WHEN d.is_active THEN 'true' ELSE 'false' END),
    'isConnected', json(CASE WHEN d.is_connected THEN 'true' ELSE 'false' END),
    'deviceTemplateGuid', d.template_guid,
    'deviceTemplateName', t.name,
    'entityName', e.name,
    'authType', t.auth_type,
    'messageVersion', t.message_version,
    'lastConnection', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_connection_ms / 1000.0, 'unixepoch'),
    'lastCommunication', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_communication_ms / 1000.0, 'unixepoch'),
    'lastactivityDate', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_activity_ms / 1000.0, 'unixepoch'),
    'firmwareupgradeGuid', d.firmware_upgrade_guid,
    'deviceStatus', CASE WHEN d.is_active THEN 'active' ELSE 'inactive' END,
    'childDeviceCount', (SELECT COUNT(*) FROM devices k WHERE k.parent_guid = d.guid),
    'solutionGuid', c.solution_guid,
    'IsAcquired', CASE WHEN d.acquired = 'acquired' THEN 1 ELSE 0 END
) FROM devices d
JOIN templates t ON t.guid = d.template_guid
JOIN entities e ON e.guid = d.entity_guid
JOIN companies c ON c.guid = d.company_guid WHERE d.guid = OLD.parent_guid;
END;
CREATE TRIGGER templates_list_update AFTER UPDATE OF name, auth_type, message_version
ON templates
BEGIN
    INSERT OR REPLACE INTO device_list_items (seq, item) SELECT d.seq, json_object(
    'guid', d.guid,
    'uniqueId', d.unique_id,
    'displayName', d.display_name,
    'isActive', json(CASE WHEN d.is_active THEN 'true' ELSE 'false' END),
    'isConnected', json(CASE WHEN d.is_connected THEN 'true' ELSE 'false' END),
    'deviceTemplateGuid', d.template_guid,
    'deviceTemplateName', t.name,
    'entityName', e.name,
    'authType', t.auth_type,
    'messageVersion', t.message_version,
    'lastConnection', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_connection_ms / 1000.0, 'unixepoch'),
    'lastCommunication', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_communication_ms / 1000.0, 'unixepoch'),
    'lastactivityDate', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_activity_ms / 1000.0, 'unixepoch'),
    'firmwareupgradeGuid', d.firmware_upgrade_guid,
    'deviceStatus', CASE WHEN d.is_active THEN 'active' ELSE 'inactive' END,
    'childDeviceCount', (SELECT COUNT(*) FROM devices k WHERE k.parent_guid = d.guid),
    'solutionGuid', c.solution_guid,
    'IsAcquired', CASE WHEN d.acquired = 'acquired' THEN 1 ELSE 0 END
) FROM devices d
JOIN templates t ON t.guid = d.template_guid
JOIN entities e ON e.guid = d.entity_guid
JOIN companies c ON c.guid = d.company_guid WHERE d.template_guid = NEW.guid;
END;
CREATE TRIGGER entities_list_update AFTER UPDATE OF name ON entities
BEGIN
    INSERT OR REPLACE INTO device_list_items (seq, item) SELECT d.seq, json_object(
    'guid', d.guid,
    'uniqueId', d.unique_id,
    'displayName', d.display_name,
    'isActive', json(CASE WHEN d.is_active THEN 'true' ELSE 'false' END),
    'isConnected', json(CASE WHEN d.is_connected THEN 'true' ELSE 'false' END),
    'deviceTemplateGuid', d.template_guid,
    'deviceTemplateName', t.name,
    'entityName', e.name,
    'authType', t.auth_type,
    'messageVersion', t.message_version,
    'lastConnection', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_connection_ms / 1000.0, 'unixepoch'),
    'lastCommunication', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_communication_ms / 1000.0, 'unixepoch'),
    'lastactivityDate', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_activity_ms / 1000.0, 'unixepoch'),
    'firmwareupgradeGuid', d.firmware_upgrade_guid,
    'deviceStatus', CASE WHEN d.is_active THEN 'active' ELSE 'inactive' END,
    'childDeviceCount', (SELECT COUNT(*) FROM devices k WHERE k.parent_guid = d.guid),
    'solutionGuid', c.solution_guid,
    'IsAcquired', CASE WHEN d.acquired = 'acquired' THEN 1 ELSE 0 END
) FROM devices d
JOIN templates t ON t.guid = d.template_guid
JOIN entities e ON e.guid = d.entity_guid
JOIN companies c ON c.guid = d.company_guid WHERE d.entity_guid = NEW.guid;
END;
CREATE TRIGGER companies_list_update AFTER UPDATE OF solution_guid ON companies
BEGIN
    INSERT OR REPLACE INTO device_list_items (seq, item) SELECT d.seq, json_object(
    'guid', d.guid,
    'uniqueId', d.unique_id,
    'displayName', d.display_name,
    'isActive', json(CASE WHEN d.is_active THEN 'true' ELSE 'false' END),
    'isConnected', json(CASE WHEN d.is_connected THEN 'true' ELSE 'false' END),
    'deviceTemplateGuid', d.template_guid,
    'deviceTemplateName', t.name,
    'entityName', e.name,
    'authType', t.auth_type,
    'messageVersion', t.message_version,
    'lastConnection', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_connection_ms / 1000.0, 'unixepoch'),
    'lastCommunication', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_communication_ms / 1000.0, 'unixepoch'),
    'lastactivityDate', strftime('%Y-%m-%dT%H:%M:%fZ', d.last_activity_ms / 1000.0, 'unixepoch'),
    'firmwareupgradeGuid', d.firmware_upgrade_guid,
    'deviceStatus', CASE WHEN d.is_active THEN 'active' ELSE 'inactive' END,
    'childDeviceCount', (SELECT COUNT(*) FROM devices k WHERE k.parent_guid = d.guid),
    'solutionGuid', c.solution_guid,
    'IsAcquired', CASE WHEN d.acquired = 'acquired' THEN 1 ELSE 0 END
) FROM devices d
JOIN templates t ON t.guid = d.template_guid
JOIN entities e ON e.guid = d.entity_guid
JOIN companies c ON c.guid = d.company_guid WHERE d.company_guid = NEW.guid;
END;
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('devices',7);
COMMIT;
