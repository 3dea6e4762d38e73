import { ApiProperty } from '@nestjs/swagger';

/** An in-app message to one of my roles or to me, and whether I have read it. */
export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, example: 'reception', description: 'De rol waaraan het bericht is gestuurd; null bij een bericht aan mij alleen' }) role: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) incidentId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'AG-2026-00012' }) incidentReference: string | null;
  @ApiProperty({ example: 'Toegangsverbod opgelegd' }) subject: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ description: 'Heb ik het gelezen?' }) read: boolean;
}

export class UnreadCount {
  @ApiProperty({ example: 3 }) count: number;
}
