using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HarAcademy.Auth.Data.Migrations
{
    /// <inheritdoc />
    public partial class SealedSigningKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Keys stored as plain PEM before are sealed in place the first time they are read (SigningKeyStore).
            migrationBuilder.RenameColumn(
                name: "private_key_pem",
                table: "signing_keys",
                newName: "sealed_private_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "sealed_private_key",
                table: "signing_keys",
                newName: "private_key_pem");
        }
    }
}
